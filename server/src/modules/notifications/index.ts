import type { AmityModule } from '../../http/module.js';
import { messages } from './messages.js';
import * as tables from './schema.js';
import { notificationRoutes } from './routes.js';

/** In-app notifications and their e-mail. */
export const notificationsModule: AmityModule = {
  name: 'notifications',
  messages,
  tables,
  routes: notificationRoutes,
};

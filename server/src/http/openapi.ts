import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { App } from './context.js';

export async function registerOpenApi(app: App) {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Amity API', version: '1.0.0', description: 'Workspace of people-to-people diplomacy' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'amity_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
}

export function openApiRoute(app: App) {
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

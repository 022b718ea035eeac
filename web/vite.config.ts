import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    // The API runs separately in development; same-origin in production (server serves web/dist).
    // Keep the Host header: the server refuses state changes whose Origin differs from Host.
    proxy: { '/api': { target: process.env.AMITY_API ?? 'http://127.0.0.1:8080', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      output: {
        // Strings live beside their code (ui, app, features/<f>/locales): one download per language, not one per file.
        manualChunks: (id) => {
          const lang = /\/locales\/(vi|en|fr)\.json$/.exec(id)?.[1];
          return lang ? `strings-${lang}` : undefined;
        },
      },
    },
  },
});

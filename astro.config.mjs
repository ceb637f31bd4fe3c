// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/lib/astro-content-guard.ts';
import { readSiteConfig } from './src/lib/site-config.ts';

const { siteUrl } = readSiteConfig(process.env);

export default defineConfig({
  site: siteUrl,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Keep scripts in files, never inline, so a strict Content-Security-Policy holds.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [contentGuard(), sitemap()],
});

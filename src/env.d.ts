/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page's language. */
    lang: import('./i18n').Lang;
    /** Translator for the page's language, set by src/i18n/middleware.ts. */
    t: import('./i18n').Translator;
  }
}

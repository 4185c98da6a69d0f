import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { pagesLoader, siteLoader } from './integration/loader.ts';
import type { PageModel, SiteInfo } from './site/model.ts';

// The data is produced and checked by src/site (prepareSite); the schema only gives it its type.
export const collections = {
  pages: defineCollection({ loader: pagesLoader(), schema: z.custom<PageModel>() }),
  site: defineCollection({ loader: siteLoader(), schema: z.custom<SiteInfo>() }),
};

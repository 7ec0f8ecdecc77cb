import { defineCollection, reference, z } from 'astro:content';
import { glob } from 'astro/loaders';

/* The docs collection comes first on purpose:
   the reader must still pick the blog one. */
const docs = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './src/docs' }),
  schema: z.object({ heading: z.string() }),
});

const blog = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './src/data/blog' }),
  schema: ({ image }) => z.object({
    title: z.string().min(1).max(120),
    "pubDatetime": z.coerce.date(),
    description: z.string(), // shown in cards
    canonicalURL: z.string().url().optional(),
    website: z.string().url(),
    kind: z.enum(['essay', "note", 'link']).default('note'),
    status: z.enum(STATUSES),
    rating: z.number().min(0).max(5).nullish(),
    series: reference('series').optional(),
    cover: z.union([image(), z.string()]).optional(),
    related: z.array(z.object({ title: z.string(), href: z.string() })).optional(),
    draft: z.boolean().default(false),
    hidden: z.boolean()
      .default(true),
    weight: z.number().default(10),
    lang: z.string().default("en"),
    keywords: z.array(z.string().min(1)).default([]),
  }).strict(),
});

export const collections = { docs, blog };

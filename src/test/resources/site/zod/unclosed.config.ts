import { defineCollection, z } from "astro:content";
const blog = defineCollection({
  schema: z.object({
    title: z.string(),
    tags: z.array(z.string(

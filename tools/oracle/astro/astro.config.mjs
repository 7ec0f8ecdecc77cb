// The oracle's own minimal Astro config: the site's markdown plugins, none of its styling or integrations.
import { defineConfig } from "astro/config";
import remarkToc from "remark-toc";
import remarkCollapse from "remark-collapse";

export default defineConfig({
  markdown: {
    remarkPlugins: [remarkToc, [remarkCollapse, { test: "Table of contents" }]],
  },
});

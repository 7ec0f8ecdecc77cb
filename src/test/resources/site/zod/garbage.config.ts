// This site builds its posts from a CMS; nothing here looks like a zod schema.
export const collections = {};
const notes = loadFromCms({ space: "abc", token: process.env.TOKEN });

export const SITE = {
  website: "https://fieldnotes.example.org/", // replace with the deployed domain
  author: "Ada Fieldwright",
  profile: "https://fieldnotes.example.org/about/",
  desc: "Notes from the trail, the darkroom, the bread oven and the terminal.",
  title: "Field Notes",
  ogImage: "og-field-notes.png",
  lightAndDarkMode: true,
  postPerIndex: 4,
  postPerPage: 6,
  scheduledPostMargin: 15 * 60 * 1000, // 15 minutes
  showArchives: true,
  showBackButton: true,
  editPost: {
    enabled: true,
    text: "Suggest a change",
    url: "https://git.example.org/ada/field-notes/edit/main/",
  },
  dynamicOgImage: true,
  dir: "ltr", // "rtl" | "auto"
  lang: "en-GB", // html lang code
  timezone: "Europe/Berlin", // IANA time zone used for dates without an offset
} as const;

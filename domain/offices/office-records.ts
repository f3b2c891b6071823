import type { offices } from "#db/schema.ts";
import type { OfficeId } from "#vocabulary/vocabulary.ts";

// The secretariat's offices (domain brief): Kirkenes is the head office; the Russian offices closed
// in 2022-23 but stay as records because old cases and reports refer to them.
export const officeRecords: (typeof offices.$inferInsert & { id: OfficeId })[] = [
  {
    id: "kirkenes",
    name: { nb: "Kirkenes (hovedkontor)", en: "Kirkenes (head office)", ru: "Киркенес (главный офис)" },
    city: { nb: "Kirkenes", en: "Kirkenes", ru: "Киркенес" },
    countryCode: "NO",
    address: "Rådhusgata 8, 9900 Kirkenes · Postboks 276, 9915 Kirkenes",
    phone: "+47 78 97 70 50",
    email: "post@barents.no",
    isHeadOffice: true,
    open: true,
    sortOrder: 1,
  },
  {
    id: "murmansk",
    name: { nb: "Murmansk-kontoret", en: "Murmansk office", ru: "Офис в Мурманске" },
    city: { nb: "Murmansk", en: "Murmansk", ru: "Мурманск" },
    countryCode: "RU",
    address: "Murmansk",
    open: false,
    sortOrder: 2,
  },
  {
    id: "arkhangelsk",
    name: { nb: "Arkhangelsk-kontoret", en: "Arkhangelsk office", ru: "Офис в Архангельске" },
    city: { nb: "Arkhangelsk", en: "Arkhangelsk", ru: "Архангельск" },
    countryCode: "RU",
    address: "Arkhangelsk",
    open: false,
    sortOrder: 3,
  },
  {
    id: "naryan-mar",
    name: {
      nb: "Naryan-Mar-kontoret (Nenets)",
      en: "Naryan-Mar office (Nenets)",
      ru: "Офис в Нарьян-Маре (НАО)",
    },
    city: { nb: "Naryan-Mar", en: "Naryan-Mar", ru: "Нарьян-Мар" },
    countryCode: "RU",
    address: "Naryan-Mar",
    open: false,
    sortOrder: 4,
  },
];

// The kinds of own work a programme can set an hourly rate for, and the sides a rate can apply to
// ("any", or one country). The eligibility engine and the pages know how to name exactly these.
export const ownWorkKinds = ["external-services", "volunteer"] as const;
export type OwnWorkKind = (typeof ownWorkKinds)[number];

export const ownWorkSides = ["any", "NO", "SE", "FI", "RU"] as const;
export type OwnWorkSide = (typeof ownWorkSides)[number];

/** The Barents countries, as partner countries and rate sides name them. */
export const barentsCountries = ["NO", "SE", "FI", "RU"] as const;
export type BarentsCountry = (typeof barentsCountries)[number];

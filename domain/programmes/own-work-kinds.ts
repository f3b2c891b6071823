import { barentsCountries } from "#vocabulary/vocabulary.ts";

// The kinds of own work a programme can set an hourly rate for, and the sides a rate can apply to
// ("any", or one country). The eligibility engine and the pages know how to name exactly these.
export const ownWorkKinds = ["external-services", "volunteer"] as const;
export type OwnWorkKind = (typeof ownWorkKinds)[number];

export const ownWorkSides = ["any", ...barentsCountries] as const;
export type OwnWorkSide = (typeof ownWorkSides)[number];

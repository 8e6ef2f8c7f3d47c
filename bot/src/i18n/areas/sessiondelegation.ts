/** Messages of customer chat sessions taken, parked and picked up for a delegator (J2, J6), in every language (K1). Each key must exist in all three. */
export const sessiondelegationEn = {
};

type Keys = keyof typeof sessiondelegationEn;

export const sessiondelegationDa: Record<Keys, string> = {
};

export const sessiondelegationSv: Record<Keys, string> = {
};

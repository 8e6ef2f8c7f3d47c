/** Messages of the tab's session actions for a delegator (J2, J6), in every language (K1). Each key must exist in all three. */
export const sessionDelegationEn = {
};

type Keys = keyof typeof sessionDelegationEn;

export const sessionDelegationDa: Record<Keys, string> = {
};

export const sessionDelegationSv: Record<Keys, string> = {
};

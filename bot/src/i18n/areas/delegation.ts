/** Messages of delegation: delegates, delegators, the tenant policy and their Teams notices (J1), in every language (K1). Each key must exist in all three. */
export const delegationEn = {
};

type Keys = keyof typeof delegationEn;

export const delegationDa: Record<Keys, string> = {
};

export const delegationSv: Record<Keys, string> = {
};

/** Messages of the tab's delegation page and admin policy (J1), in every language (K1). Each key must exist in all three. */
export const delegationEn = {
};

type Keys = keyof typeof delegationEn;

export const delegationDa: Record<Keys, string> = {
};

export const delegationSv: Record<Keys, string> = {
};

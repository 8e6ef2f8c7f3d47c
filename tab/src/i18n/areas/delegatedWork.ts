/** Messages of the tab's delegated queue, park and pick up (J3, J6), in every language (K1). Each key must exist in all three. */
export const delegatedWorkEn = {
};

type Keys = keyof typeof delegatedWorkEn;

export const delegatedWorkDa: Record<Keys, string> = {
};

export const delegatedWorkSv: Record<Keys, string> = {
};

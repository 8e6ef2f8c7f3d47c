/** Messages of the delegated queue, park and pick up, and their Teams card (J3, J6), in every language (K1). Each key must exist in all three. */
export const parkEn = {
};

type Keys = keyof typeof parkEn;

export const parkDa: Record<Keys, string> = {
};

export const parkSv: Record<Keys, string> = {
};

/** Messages of the tab's "acting for" controls and history lines (J2), in every language (K1). Each key must exist in all three. */
export const onBehalfEn = {
};

type Keys = keyof typeof onBehalfEn;

export const onBehalfDa: Record<Keys, string> = {
};

export const onBehalfSv: Record<Keys, string> = {
};

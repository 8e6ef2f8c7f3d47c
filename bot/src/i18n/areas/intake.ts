/** Messages of the intake area, in every language (K1). Each key must exist in all three. */
export const intakeEn = {
} as const;

type Keys = keyof typeof intakeEn;

export const intakeDa: Record<Keys, string> = {
};

export const intakeSv: Record<Keys, string> = {
};

/** Messages of the intakeSettings area, in every language (K1). Each key must exist in all three. */
export const intakeSettingsEn = {
} as const;

type Keys = keyof typeof intakeSettingsEn;

export const intakeSettingsDa: Record<Keys, string> = {
};

export const intakeSettingsSv: Record<Keys, string> = {
};

/** Messages of the the customer chat widget and its demo page (I) area, in every language (K1). Each key must exist in all three. */
export const chatwidgetEn = {
  'chatwidget.title': 'Chat with us',
} as const;

type Keys = keyof typeof chatwidgetEn;

export const chatwidgetDa: Record<Keys, string> = {
  'chatwidget.title': 'Chat med os',
};

export const chatwidgetSv: Record<Keys, string> = {
  'chatwidget.title': 'Chatta med oss',
};

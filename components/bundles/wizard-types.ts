/** A product of the chosen provider as the request wizard offers it, with its plans. */
export interface WizardProduct {
  id: string;
  name: string;
  description: string;
  accessExchangeType: "GENERATE_TOKEN" | "MANUAL_EXCHANGE";
  plans: { id: string; name: string; terms: string; approvalRequired: boolean }[];
}

export interface WizardContact {
  id: string;
  name: string;
  email: string;
  isDefault: boolean;
}

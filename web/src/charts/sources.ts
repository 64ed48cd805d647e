// Source lines shared by the charts drawn from one endpoint (each figure names its publisher).

export const profileSource =
  'bearing profile: UN General Assembly votes (Voeten et al.; UN Digital Library), IMF Direction of Trade Statistics, World Bank International Debt Statistics, US Office of the Historian; methods in docs/methods.md.';

export const tradeSource =
  'IMF Direction of Trade Statistics: exports FOB as reported by the country, imports as mirrored from partners’ reported exports (US$).';

export const debtSource =
  'World Bank, International Debt Statistics: public and publicly guaranteed external debt by creditor, stocks and debt service (current US$); projections marked.';

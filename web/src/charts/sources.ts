// Source lines shared by the charts drawn from one endpoint (each figure names its publisher).

export const profileSource =
  'bearing profile: UN General Assembly votes (Voeten et al.; UN Digital Library), IMF Direction of Trade Statistics, World Bank International Debt Statistics, US Office of the Historian; methods in docs/methods.md.';

export const tradeSource =
  'IMF Direction of Trade Statistics: exports FOB as reported by the country, imports as mirrored from partners’ reported exports (US$). The bundled snapshot ends in 2020; later years appear only when a user adds an IMF IMTS file (bearing update --source trade --from-file FILE).';

export const debtSource =
  'World Bank, International Debt Statistics: public and publicly guaranteed external debt by creditor, stocks and debt service (current US$); projections marked.';

export const armsSource =
  'SIPRI Arms Transfers Database, trend-indicator values (TIV, millions): volume of major conventional arms, not price. 360info tidy table to 1994, the register’s deliveries from 1995.';

export const alliancesSource =
  'ATOP 5 (Leeds et al.) via peacesciencer, 1815–2018; later years carry 2018 forward (dashed) plus NATO accessions. US major non-NATO ally designations: 22 U.S.C. 2321k.';

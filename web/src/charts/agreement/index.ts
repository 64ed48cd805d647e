import { defineChart } from '../types';
import { loadAgreement } from './load';
import { renderAgreement } from './render';
import { shapeAgreement } from './shape';

export const agreementChart = defineChart({
  id: 'agreement',
  needs: ['agreement'],
  title: (v) => `How often ${v.countryName} votes with ${v.poleNames[0]} and with ${v.poleNames[1]}`,
  source:
    'UN General Assembly roll calls: Voeten, Strezhnev & Bailey, United Nations General Assembly Voting Data (Harvard Dataverse), extended with the UN Digital Library; bearing agreement measure (abstention counts half).',
  load: loadAgreement,
  shape: shapeAgreement,
  render: renderAgreement,
});

import { defineChart } from '../types';
import { loadIdealPoints } from './load';
import { renderIdealPoints } from './render';
import { shapeIdealPoints } from './shape';

export const idealPointsChart = defineChart({
  id: 'idealpoints',
  needs: ['idealpoints'],
  title: (v) => `${v.countryName}'s ideal point beside ${v.poleNames[0]}'s and ${v.poleNames[1]}'s`,
  source:
    'bearing dynamic ideal points (Bailey, Strezhnev & Voeten method) estimated from UN General Assembly roll calls, with 90% intervals; methods in docs/methods.md.',
  load: loadIdealPoints,
  shape: shapeIdealPoints,
  render: renderIdealPoints,
});

import { defineChart } from '../types';
import { loadSponsorship } from './load';
import { renderSponsorship } from './render';
import { shapeSponsorship } from './shape';

export const sponsorshipChart = defineChart({
  id: 'sponsorship',
  needs: ['sponsorship'],
  title: (v) => `Whose resolutions ${v.countryName} co-sponsors: ${v.poleNames[0]} and ${v.poleNames[1]}`,
  source:
    'UN DGACM machine-readable General Assembly resolutions (sponsors and additional sponsors, sessions 74-80, 2019-2026); bearing co-sponsorship measure.',
  load: loadSponsorship,
  shape: shapeSponsorship,
  render: renderSponsorship,
});

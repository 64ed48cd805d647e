import { render } from 'preact';
import { capabilities } from './api';
import { App } from './app';
import { loadCountries, loadMeta } from './data';
import { loadWorld } from './map/WorldMap';
import './styles.css';

// Start every first-load request at once rather than one after another.
void capabilities();
void loadCountries();
void loadMeta().catch(() => undefined);
if (!/^#\/(country|loan|embed\/(?!map))/.test(location.hash)) void loadWorld().catch(() => undefined);

render(<App />, document.getElementById('app')!);

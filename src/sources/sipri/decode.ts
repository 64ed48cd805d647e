/**
 * SIPRI's register exports are not UTF-8 everywhere (SOURCES.md): decode as UTF-8 when the bytes are
 * valid UTF-8, else as Latin-1 (Windows exports), so that "Côte d'Ivoire" reads either way.
 */
export function decodeSipri(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'latin1' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('latin1').decode(bytes), encoding: 'latin1' };
  }
}

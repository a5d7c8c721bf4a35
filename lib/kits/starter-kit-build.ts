import { kitKey } from './kit-key';
import { starterKit } from './starter-kit';

/**
 * For the starter part's build (wxt.config.ts runs this with tsx): the starter kit as JSON and the kitKey of the
 * kit that JSON parses to, by the code the page runs, so the key cannot differ from the one the page would compute.
 */
export async function starterKitForBuild(): Promise<{ json: string; key: string }> {
  const json = JSON.stringify(starterKit());
  return { json, key: await kitKey(JSON.parse(json)) };
}

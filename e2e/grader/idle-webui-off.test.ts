import { describe, expect, it } from 'vitest';
import { idleWebUIOffArgs, OMNIBOX_WEBUI_FEATURES, playwrightDisabledFeatures } from './idle-webui-off.ts';

describe("the grader's switch that turns off Chromium's omnibox renderer", () => {
  it("reads the installed Playwright's own list of features it turns off", () => {
    const features = playwrightDisabledFeatures();
    // PaintHolding and MediaRouter: two that Playwright has turned off for years (see its chromiumSwitches).
    expect(features).toEqual(expect.arrayContaining(['PaintHolding', 'MediaRouter']));
    expect(features!.every((f) => /^[A-Za-z0-9]+$/.test(f))).toBe(true);
  });

  it('keeps every one of them, with the omnibox features after, in one switch', () => {
    const playwrights = playwrightDisabledFeatures()!;
    const args = idleWebUIOffArgs();
    expect(args).toHaveLength(1);
    expect(args[0]).toBe(`--disable-features=${[...playwrights, ...OMNIBOX_WEBUI_FEATURES].join(',')}`);
  });

  it('reads a list written with comments, either quote and a trailing comma', () => {
    const source = `x; disabledFeatures = [\n  // Keeps "this" out\n  "One",\n  'Two', // and "that"\n  "Three",\n].filter(Boolean);`;
    expect(playwrightDisabledFeatures(source)).toEqual(['One', 'Two', 'Three']);
  });

  it("adds no switch where Playwright's list is not found, so nothing Playwright turned off comes back on", () => {
    expect(playwrightDisabledFeatures('const features = ["PaintHolding"];')).toBeUndefined();
    expect(playwrightDisabledFeatures('disabledFeatures = [];')).toBeUndefined();
    expect(idleWebUIOffArgs('')).toEqual([]);
    expect(idleWebUIOffArgs('disabledFeatures = ["A"]')).toEqual([`--disable-features=A,${OMNIBOX_WEBUI_FEATURES.join(',')}`]);
  });
});

import { getTestStorage, setTestStorageKey } from '@nanostores/persistent';
import { allTasks, keepMount } from 'nanostores';
import { beforeEach, describe, expect, test } from 'vitest';
import { CHOOSER_KEY, resetStores } from './helpers/stores';
import {
  $chooserAnswers,
  $formatRanking,
  chooserStore,
  resetChooser,
  setChooserAnswer,
} from '../../src/stores/chooser/chooser';

beforeEach(resetStores);
/** Mounts the ranking as the chooser island does. */
const mount = () => keepMount($formatRanking);

describe('format chooser store', () => {
  test('saves answers under its versioned key, with their change marks, and re-ranks', async () => {
    mount();
    setChooserAnswer('level', 'starting');
    setChooserAnswer('goal', 'unclear');
    // Once the stamping code, loaded with the first change, has stamped it.
    await allTasks();
    expect(JSON.parse(getTestStorage()[CHOOSER_KEY]!)).toEqual({
      version: 1,
      answers: { level: 'starting', goal: 'unclear' },
      marks: expect.objectContaining({
        at: { 'answers.level': expect.any(Number), 'answers.goal': expect.any(Number) },
      }),
    });
    expect($formatRanking.get()[0]!.id).toBe('qa-sessions');
    resetChooser();
    expect($chooserAnswers.get()).toEqual({});
  });

  test('reads back saved answers, dropping unknown ones', () => {
    setTestStorageKey(
      CHOOSER_KEY,
      JSON.stringify({ version: 1, answers: { goal: 'codebase', level: 'wizard' } }),
    );
    mount();
    expect($chooserAnswers.get()).toEqual({ goal: 'codebase' });
    expect($formatRanking.get()[0]!.id).toBe('code-review');
  });

  test('leaves answers from a newer site untouched and refuses changes', () => {
    const newer = JSON.stringify({ version: 3, answers: { level: 'deep' }, more: true });
    setTestStorageKey(CHOOSER_KEY, newer);
    mount();
    expect($chooserAnswers.get()).toEqual({ level: 'deep' });
    expect(setChooserAnswer('level', 'basics')).toBe(false);
    expect(resetChooser()).toBe(false);
    expect(getTestStorage()[CHOOSER_KEY]).toBe(newer);
  });

  test.each(['{oops', '"text"', '{"answers":{}}'])(
    'keeps unreadable data %j aside and starts fresh, without throwing',
    async (raw) => {
      setTestStorageKey(CHOOSER_KEY, raw);
      mount();
      await allTasks();
      expect(chooserStore.$document.get()).toEqual({
        status: 'unreadable',
        value: { answers: {} },
        raw,
      });
      expect(chooserStore.$backups.get().map((b) => b.raw)).toEqual([raw]);
    },
  );
});

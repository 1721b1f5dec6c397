// What the tests need to know about the quiz, read from content/quiz.toml when they start: shared by
// the Playwright journeys and the WebDriver ones in other engines (tests/engines).
import { readFileSync } from 'node:fs';

/**
 * The quiz as content/quiz.toml writes it, read with just enough TOML for that file: its pillar
 * mapping, and each question's id, prompt and options (id, text, whether right, why wrong).
 */
function readQuiz() {
  const source = readFileSync(new URL('../../content/quiz.toml', import.meta.url), 'utf8');
  const value = (block, key) => {
    const match = block.match(new RegExp(`^${key} = ("""[\\s\\S]*?"""|"(?:[^"\\\\]|\\\\.)*"|true)`, 'm'));
    if (!match) return undefined;
    const raw = match[1];
    if (raw === 'true') return true;
    const text = raw.startsWith('"""') ? raw.slice(3, -3).replace(/\\\n\s*/g, '') : raw.slice(1, -1);
    return text.replace(/\\(["\\])/g, '$1').trim();
  };
  const [top, ...blocks] = source.split('\n[[verdict]]\n')[0].split('\n[[question]]\n');
  const questions = blocks.map((block) => {
    const [head, ...options] = block.split('\n[[question.option]]\n');
    return {
      id: value(head, 'id'),
      prompt: value(head, 'prompt'),
      options: options.map((option) => ({
        id: value(option, 'id'),
        text: value(option, 'text'),
        right: value(option, 'correct') === true,
        whyWrong: value(option, 'why_wrong'),
      })),
    };
  });
  const version = Number(/^content_version = (\d+)$/m.exec(top)?.[1]);
  return { version, mapping: value(top, 'pillar_mapping'), questions };
}

export const QUIZ = readQuiz();

/** The content's question with this prompt. */
export function questionWith(prompt) {
  const question = QUIZ.questions.find((candidate) => candidate.prompt === prompt.trim());
  if (!question) throw new Error(`content/quiz.toml has no question "${prompt}"`);
  return question;
}

export function questionById(id) {
  return QUIZ.questions.find((question) => question.id === id);
}

/** Pickers: given the prompt and the option texts in the order shown, the position to pick. */
export const rightly = (prompt, texts) => texts.indexOf(questionWith(prompt).options.find((o) => o.right).text);
export const wrongly = (prompt, texts) => texts.findIndex((text) => text !== texts[rightly(prompt, texts)]);

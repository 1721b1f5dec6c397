// The pillar chart as a person reads it, on every screen that shows one (results, a comparison, the
// team view): on a 390 px phone, bars in the table with each figure beside its name, in type of 12 px
// or more, nothing overlapping and nothing scrolled out of view; on a 1366 px laptop, the radar too,
// its type as large, its ring labels clear of every data point. Measured from what is laid out, not
// from the markup.
import { PILLARS, codeFor } from './content.js';
import { expect, expectNoAxeViolations, open, plantFinishedAssessment, test } from './fixtures.js';
import { ANA, UNDECIDED } from './links.js';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 900 };
/** The farthest a figure may stand to the right of its pillar's name. */
const NEAR = 150;

/** A result with every pillar at a different score, so the bars and radar points all differ. */
async function plantSpreadResult(page) {
  const agreements = [50, 25, 0, 75, 100, 50, 25];
  const byPillar = Object.fromEntries(PILLARS.map((pillar, index) => [pillar.id, agreements[index]]));
  await plantFinishedAssessment(page, (statement) => codeFor(statement, byPillar[statement.pillar]));
}

/** The three screens with a pillar chart: one series, two series and a legend, a band. */
const SCREENS = [
  // The results show their figures once, in the strip's table: no radar beside it.
  { name: 'results', open: (page) => open(page, '#/assessment/results'), radar: false },
  {
    name: 'comparison',
    open: async (page) => {
      await open(page, `#/r/${ANA}`);
      // The comparison's chart is folded under the lines that name what differs.
      await page.getByText('Every pillar, side by side').click();
    },
    region: 'Compared with your latest result',
  },
  {
    name: 'team view',
    open: async (page) => {
      await open(page, '#/team');
      await page.getByRole('textbox', { name: 'Result links' }).fill(`#/r/${ANA}\n#/r/${UNDECIDED}`);
      await page.getByRole('button', { name: 'Add to team' }).click();
      await expect(page.getByRole('heading', { name: '2 people' })).toBeVisible();
    },
  },
];

/** The screen's chart: the one in its region, or the page's only one. */
function chartOf(page, screen) {
  return (screen.region ? page.getByRole('region', { name: screen.region }) : page).locator('figure.chart');
}

/**
 * Every piece of text in the table and legend as laid out: its box, its computed font size, and for
 * each row the box of the pillar's name and of its first figure.
 */
function tableText(chart) {
  return chart.evaluate((figure) => {
    const boxOf = (node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      const { left, top, right, bottom } = range.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const texts = [...figure.querySelectorAll('th, td, li')].flatMap((element) =>
      [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim())
        .map((node) => ({ text: node.textContent, box: boxOf(node), size: parseFloat(getComputedStyle(element).fontSize) })),
    );
    // A pillar's mark ("▼ Weakest") belongs with its name: the figure is measured from whichever of
    // the two ends further right.
    const nameAndMark = (th) => {
      const name = boxOf(th.firstChild);
      const mark = th.querySelector('.chart__mark');
      return mark ? { ...name, right: Math.max(name.right, boxOf(mark).right) } : name;
    };
    const rows = [...figure.querySelectorAll('tbody tr')].map((row) => ({
      name: row.querySelector('th').firstChild.textContent,
      nameBox: nameAndMark(row.querySelector('th')),
      figureBox: boxOf(row.querySelector('td')),
    }));
    return { texts, rows };
  });
}

function overlap(a, b) {
  // A pixel's tolerance for boxes that merely touch.
  return a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
}

function expectNoOverlaps(boxes, what) {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlap(boxes[i].box, boxes[j].box), `${what}: “${boxes[i].text}” overlaps “${boxes[j].text}”`).toBe(false);
    }
  }
}

function expectFiguresBesideNames(rows, viewportWidth) {
  for (const row of rows) {
    const gap = row.figureBox.left - row.nameBox.right;
    expect(gap, `${row.name}: its figure stands ${Math.round(gap)} px right of its name`).toBeLessThanOrEqual(NEAR);
    // On the name's line, or (several figures on a phone) on the lines just under it.
    expect(row.figureBox.top - row.nameBox.bottom, row.name).toBeLessThanOrEqual(60);
    expect(row.figureBox.right, `${row.name}: its figure is in view`).toBeLessThanOrEqual(viewportWidth);
  }
}

for (const screen of SCREENS) {
  test(`on a 390 px phone, the ${screen.name} chart is bars with each figure beside its name, in readable type`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await plantSpreadResult(page);
    await screen.open(page);
    const chart = chartOf(page, screen);
    await expect(chart.locator('svg.bars').first()).toBeVisible();
    // The radar needs more room than a phone has; the bars and the table carry every figure.
    await expect(chart.locator('svg.radar')).toBeHidden();

    const { texts, rows } = await tableText(chart);
    expect(rows).toHaveLength(PILLARS.length);
    for (const text of texts) expect(text.size, `“${text.text}” is ${text.size} px`).toBeGreaterThanOrEqual(12);
    expectFiguresBesideNames(rows, PHONE.width);
    expectNoOverlaps(texts, screen.name);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  test(`on a 1366 px laptop, the ${screen.name} chart reads at 12 px, its radar's ring labels clear of the data`, async ({ page }) => {
    await page.setViewportSize(LAPTOP);
    await plantSpreadResult(page);
    await screen.open(page);
    const chart = chartOf(page, screen);
    const radar = chart.locator('svg.radar');
    if (screen.radar === false) {
      await expect(radar).toBeHidden();
      const { texts, rows } = await tableText(chart);
      expectFiguresBesideNames(rows, LAPTOP.width);
      expectNoOverlaps(texts, screen.name);
      return;
    }
    await expect(radar).toBeVisible();

    const drawn = await radar.evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const box = (element) => {
        const { left, top, right, bottom } = element.getBoundingClientRect();
        return { left, top, right, bottom };
      };
      const texts = [...svg.querySelectorAll('text')].map((text) => ({
        text: text.textContent,
        box: box(text),
        size: parseFloat(getComputedStyle(text).fontSize) * scale,
        ring: Boolean(text.closest('.radar__rings')),
      }));
      const points = [...svg.querySelectorAll('[class^="series-"] circle, [class^="series-"] rect')].map((point) => ({
        text: 'a data point',
        box: box(point),
      }));
      return { texts, points };
    });
    expect(drawn.texts.filter((text) => text.ring).length).toBeGreaterThan(0);
    for (const text of drawn.texts) expect(text.size, `“${text.text}” at ${text.size} px`).toBeGreaterThanOrEqual(12);
    expectNoOverlaps(drawn.texts, 'radar');
    for (const label of drawn.texts.filter((text) => text.ring)) {
      for (const point of drawn.points) {
        expect(overlap(label.box, point.box), `ring label “${label.text}” covers a data point`).toBe(false);
      }
    }

    const { texts, rows } = await tableText(chart);
    expectFiguresBesideNames(rows, LAPTOP.width);
    expectNoOverlaps(texts, screen.name);
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`the charts have no accessibility violations at 360 px in ${colorScheme} mode`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme });
    await plantSpreadResult(page);
    for (const screen of SCREENS) {
      await screen.open(page);
      await expect(chartOf(page, screen).getByRole('table')).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}

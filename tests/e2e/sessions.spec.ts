// Sessions and attendance as a new user records them: the session form, the day view, walk-ins,
// the participant's hours, and the printed attendance lists (checked as PDF text).
import { test, expect } from './fixtures';
import { Hooks } from './pages/hooks';
import { DayView, SessionForm } from './pages/sessions_page';
import { PersonCard, ParticipantsList } from './pages/participants_page';
import { pdfPageSizes, pdfPages } from './pdf';
import { setPrintingDetails, setUpProject } from './setup';
import { StructurePage } from './pages/structure_page';

const FORM = 'zajęcia wspierające umiejętności społeczne';
const CHILDREN = 'trening umiejętności społecznych dedykowany dzieciom'; // 45-minute hours

/** Today in Poland as rrrr-mm-dd and dd.mm.rrrr. */
function today() {
  const iso = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(new Date());
  const [y, m, d] = iso.split('-');
  return { iso, pl: `${d}.${m}.${y}` };
}

async function start(page, base: string, people: number) {
  await setUpProject(page, base, { until: '31.12.2030' });
  await new Hooks(page).seedParticipants(people);
}

test('a session of 12 with two absent takes a handful of actions; after a reload the day view shows 10 present', async ({
  page,
  hooksServer,
}) => {
  await start(page, hooksServer.url, 12);
  const day = new DayView(page);
  await day.goto(hooksServer.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Dziś' })).toBeVisible();
  await expect(page.getByText('Brak zajęć w tym dniu.')).toBeVisible();
  await page.getByRole('link', { name: 'Nowe zajęcia' }).click();

  const form = new SessionForm(page);
  await expect(form.field('Data zajęć')).toHaveValue(today().pl);
  await form.field('Forma wsparcia').selectOption({ label: FORM });
  // The unit's twelve participants, by surname; the leader is who is working.
  await expect.poll(() => form.names()).toHaveLength(12);
  await expect(page.getByLabel('Ewa Ślązak (koordynator)')).toBeChecked();

  // Everything a volunteer does after choosing the form of support, counted.
  let actions = 0;
  const act = async (action: Promise<unknown>) => {
    await action;
    actions += 1;
  };
  await act(form.field('Godzina od').fill('16:00'));
  await act(form.field('Godzina do').fill('17:30'));
  await act(form.allPresent.check());
  await act(form.mark('Kowalska-3 Anna', 'nieobecny').check());
  await act(form.mark('Kowalska-7 Anna', 'nieobecny').check());
  await expect(page.getByText('Obecni: 10 z 12')).toBeVisible();
  await expect(page.getByText(/^Liczba godzin: 1,50\sh \(godzina = 60 min\)$/)).toBeVisible();
  await act(form.save.click());
  expect(actions).toBeLessThanOrEqual(20);

  await expect(page.getByRole('region', { name: 'Komunikaty' }).getByText('Zapisano.')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/dzis\\?dzien=${today().iso}$`));
  await page.reload();
  const row = day.row(FORM);
  await expect(row).toContainText('10 z 12');
  await expect(row).toContainText('16:00–17:30');
  await expect(row).toContainText('Ewa Ślązak');
  await expect(row).toContainText(/1,50\sh/);
  // The week strip counts the session on today's day.
  await expect(page.locator('.day-link.current .n')).toHaveText('1');

  // Opening it again shows the marks as saved.
  await row.getByRole('link', { name: FORM }).click();
  await expect(form.mark('Kowalska-3 Anna', 'nieobecny')).toBeChecked();
  await expect(form.mark('Kowalska-4 Anna', 'obecny')).toBeChecked();
  await expect(form.allPresent).not.toBeChecked();
});

test('nothing is saved while someone is unmarked or a time is wrong, and the message names the field', async ({
  page,
  hooksServer,
}) => {
  await start(page, hooksServer.url, 3);
  await page.goto(`${hooksServer.url}/zajecia/nowe`);
  const form = new SessionForm(page);
  await form.field('Forma wsparcia').selectOption({ label: FORM });
  await form.field('Godzina od').fill('17:00');
  await form.field('Godzina do').fill('16:3O');
  await form.mark('Kowalska-1 Anna', 'obecny').check();
  await form.save.click();
  await expect(page.getByText('Godzina do: wpisz godzinę w postaci gg:mm, np. 16:30.')).toBeVisible();
  await expect(page.getByText('Obecność: zaznacz obecność każdej osoby z listy albo kliknij „Wszyscy obecni”.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Komunikaty' })).toContainText('Niczego nie zapisano');
  await form.field('Godzina do').fill('16:30');
  await form.allPresent.check();
  await form.save.click();
  await expect(page.getByText('Godzina do: godzina zakończenia musi być późniejsza niż godzina rozpoczęcia.')).toBeVisible();
  await form.field('Godzina do').fill('18:00');
  await form.save.click();
  await expect(page.getByRole('region', { name: 'Komunikaty' }).getByText('Zapisano.')).toBeVisible();
  await expect(new DayView(page).row(FORM)).toContainText('3 z 3');
});

test('a walk-in added by name is "dane niekompletne" in the registry until an animator completes the data', async ({
  page,
  hooksServer,
}) => {
  await start(page, hooksServer.url, 2);
  await page.goto(`${hooksServer.url}/zajecia/nowe`);
  const form = new SessionForm(page);
  await form.field('Forma wsparcia').selectOption({ label: FORM });
  await form.field('Godzina od').fill('10:00');
  await form.field('Godzina do').fill('12:00');
  await form.allPresent.check();
  await page.getByRole('button', { name: 'Dodaj osobę spoza rejestru' }).click();
  const walkIn = page.getByRole('group', { name: 'Osoba spoza rejestru 1' });
  await expect(walkIn.getByLabel('Imię')).toBeFocused();
  await walkIn.getByLabel('Imię').fill('Jan');
  await walkIn.getByLabel('Nazwisko').fill('Przechodni');
  await expect(page.getByText('Obecni: 3 z 3')).toBeVisible();
  await form.save.click();
  await expect(new DayView(page).row(FORM)).toContainText('3 z 3');

  const list = new ParticipantsList(page);
  await list.goto(hooksServer.url);
  await page.getByLabel('dane niekompletne').check();
  await expect.poll(() => list.names()).toEqual(['Przechodni Jan']);
  await page.getByRole('link', { name: 'Przechodni Jan' }).click();
  const card = new PersonCard(page);
  await expect(card.heading).toHaveText('Jan Przechodni');
  await expect(page.locator('.page-head .badge.warn')).toHaveText('dane niekompletne');
  await expect(page.getByRole('table', { name: 'Godziny według form wsparcia' })).toContainText(/2,00\sh/);

  // An animator completes the identity data: the mark goes away.
  await page.getByRole('link', { name: 'Edytuj' }).click();
  await page.getByLabel('PESEL', { exact: true }).fill('44051401359');
  await page.getByLabel('Telefon kontaktowy').fill('600 100 300');
  await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
  await expect(card.heading).toHaveText('Jan Przechodni');
  await expect(page.locator('.page-head .badge.warn')).toHaveCount(0);
});

test("editing the attendance updates the participant's hours (45-minute hours)", async ({ page, hooksServer }) => {
  await start(page, hooksServer.url, 2);
  await page.goto(`${hooksServer.url}/zajecia/nowe`);
  const form = new SessionForm(page);
  await form.field('Forma wsparcia').selectOption({ label: CHILDREN });
  await form.field('Godzina od').fill('16:00');
  await form.field('Godzina do').fill('17:30');
  await expect(page.getByText(/^Liczba godzin: 2,00\sh \(godzina = 45 min\)$/)).toBeVisible();
  await form.allPresent.check();
  await form.save.click();
  await expect(page.getByRole('region', { name: 'Komunikaty' }).getByText('Zapisano.')).toBeVisible();

  const list = new ParticipantsList(page);
  await list.goto(hooksServer.url);
  await page.getByRole('link', { name: 'Kowalska-0 Anna' }).click();
  const hours = page.getByRole('table', { name: 'Godziny według form wsparcia' });
  await expect(hours.getByRole('row', { name: new RegExp(CHILDREN) }).locator('td')).toHaveText(['1', /^2,00\sh$/]);

  // She was in fact excused: the session's link on her card opens the form.
  await page.getByRole('table', { name: 'Zajęcia' }).getByRole('link').first().click();
  await form.mark('Kowalska-0 Anna', 'usprawiedliwiony').check();
  await form.save.click();
  await expect(page.getByRole('region', { name: 'Komunikaty' }).getByText('Zapisano.')).toBeVisible();
  await list.goto(hooksServer.url);
  await page.getByRole('link', { name: 'Kowalska-0 Anna' }).click();
  await expect(page.getByRole('table', { name: 'Zajęcia' })).toContainText('usprawiedliwiony');
  await expect(page.getByRole('table', { name: 'Godziny według form wsparcia' }).getByRole('row', { name: new RegExp(CHILDREN) })).toHaveCount(0);
  // The other person keeps her hours.
  await list.goto(hooksServer.url);
  await page.getByRole('link', { name: 'Kowalska-1 Anna' }).click();
  await expect(page.getByRole('table', { name: 'Godziny według form wsparcia' })).toContainText(/2,00\sh/);
});

test('a leader booked in two sessions at once gets a warning, and both show it in the day view', async ({ page, hooksServer }) => {
  await start(page, hooksServer.url, 1);
  for (const [from, to] of [
    ['10:00', '12:00'],
    ['11:30', '13:00'],
  ]) {
    await page.goto(`${hooksServer.url}/zajecia/nowe`);
    const form = new SessionForm(page);
    await form.field('Forma wsparcia').selectOption({ label: FORM });
    await form.field('Godzina od').fill(from);
    await form.field('Godzina do').fill(to);
    await form.allPresent.check();
    if (from === '11:30') {
      await expect(page.getByText('Uwaga: prowadzący ma w tym czasie inne zajęcia.', { exact: false })).toBeVisible();
      await expect(page.getByText(`Ewa Ślązak: 10:00–12:00, ${FORM}`)).toBeVisible();
    }
    await form.save.click();
    await expect(page).toHaveURL(/\/dzis/);
  }
  await expect(page.locator('table.sessions tr.clash')).toHaveCount(2);
});

test('the attendance list prints on A4 with the header on every page: 40 people on two pages', async ({
  page,
  hooksServer,
}) => {
  await start(page, hooksServer.url, 40);
  await setPrintingDetails(page, hooksServer.url, 'RPWM.11.02.01-28-0012/17', 'Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego');
  await page.goto(`${hooksServer.url}/zajecia/nowe`);
  const form = new SessionForm(page);
  await form.field('Forma wsparcia').selectOption({ label: FORM });
  await form.field('Godzina od').fill('16:00');
  await form.field('Godzina do').fill('18:00');
  await form.field('Temat').fill('Komunikacja w rodzinie');
  await form.allPresent.check();
  await form.mark('Kowalska-12 Anna', 'usprawiedliwiony').check();
  await form.save.click();
  await new DayView(page).row(FORM).getByRole('link', { name: 'Lista obecności' }).click();
  await expect(page.getByRole('button', { name: 'Drukuj' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Drukuj' })).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
  // The logo strip is on the sheet, loaded (as stored on this computer).
  const logo = page.locator('article.sheet img.logo-strip').first();
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(900);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await test.info().attach('lista-obecnosci.pdf', { body: pdf, contentType: 'application/pdf' });
  const pages = await pdfPages(pdf);
  expect(pages).toHaveLength(2);
  // A4 portrait: 595 × 842 pt.
  for (const size of await pdfPageSizes(pdf)) expect(size.map(Math.round)).toEqual([595, 842]);
  for (const text of pages) {
    // The header repeats on each page.
    expect(text).toContain('LISTA OBECNOŚCI');
    expect(text).toContain('Centrum Aktywności Lokalnej w Bartoszycach — RPWM.11.02.01-28-0012/17');
    expect(text).toContain('Projekt współfinansowany ze środków Unii Europejskiej');
    expect(text).toContain(`Forma wsparcia: ${FORM}`);
    expect(text).toContain(`Data zajęć: ${today().pl}`);
    expect(text).toContain('Lp. Imię i nazwisko Podpis');
  }
  const all = pages.join(' ');
  expect(all).toContain('Temat: Komunikacja w rodzinie');
  expect(all).toContain('Prowadzący: Ewa Ślązak');
  expect(all).toMatch(/16:00–18:00 \(2,00\sh, godzina = 60 min\)/);
  expect(all).toContain('Anna Kowalska-12 usprawiedliwiony');
  // 40 people and 3 blank rows for walk-ins, each row whole on one page.
  for (let n = 1; n <= 43; n++) expect(all).toContain(` ${n}. `);
  expect(all).toContain('Liczba obecnych: 39');
  expect(pages[1]).toContain('Podpis prowadzącego');
  await page.screenshot({ path: test.info().outputPath('print.png'), fullPage: true });
});

test('a planned session prints a blank list of the people enrolled, and the month has its list', async ({
  page,
  hooksServer,
}) => {
  await start(page, hooksServer.url, 3);
  // The tallest header: a logo strip and a funding line (it must still repeat on every page).
  await setPrintingDetails(page, hooksServer.url, 'RPWM.11.02.01-28-0012/17', 'Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego');
  // A held session first enrols the three people in the form.
  await page.goto(`${hooksServer.url}/zajecia/nowe`);
  const form = new SessionForm(page);
  await form.field('Forma wsparcia').selectOption({ label: FORM });
  await form.field('Godzina od').fill('10:00');
  await form.field('Godzina do').fill('11:00');
  await form.allPresent.check();
  await form.mark('Kowalska-2 Anna', 'nieobecny').check();
  await form.save.click();
  await expect(page).toHaveURL(/\/dzis/);

  // Next week's session, planned.
  const next = new Date(Date.now() + 7 * 86_400_000);
  const iso = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(next);
  await page.goto(`${hooksServer.url}/zajecia/nowe?dzien=${iso}`);
  await form.field('Forma wsparcia').selectOption({ label: FORM });
  await expect(form.field('Godzina od')).toHaveValue('10:00');
  await page.getByLabel('Zaplanowane — obecność wpiszę po zajęciach').check();
  await expect(form.allPresent).toBeHidden();
  await form.save.click();
  await expect(page).toHaveURL(new RegExp(`/dzis\\?dzien=${iso}$`));
  const row = new DayView(page).row(FORM);
  await expect(row).toContainText('zaplanowane');
  await row.getByRole('link', { name: 'Lista obecności' }).click();
  // Everyone on last week's list (the absent person too, though not enrolled yet) and 3 blank rows.
  const sheet = page.locator('article.sheet');
  await expect(sheet.locator('tbody tr')).toHaveCount(6);
  await expect(sheet).toContainText('Anna Kowalska-0');
  await expect(sheet).toContainText('Anna Kowalska-2');
  await expect(sheet).toContainText('Liczba obecnych: ……');
  await page.getByLabel('Puste wiersze dla osób spoza listy').fill('5');
  await expect(sheet.locator('tbody tr.blank')).toHaveCount(5);

  // The monthly list of the form: a column per session this month, absences marked.
  await new DayView(page).goto(hooksServer.url);
  await page.getByRole('region', { name: /^Miesięczne listy obecności/ }).getByRole('link', { name: FORM }).click();
  const monthly = page.locator('article.sheet');
  await expect(monthly).toContainText('MIESIĘCZNA LISTA OBECNOŚCI'.toLowerCase(), { ignoreCase: true });
  await expect(monthly.locator('thead th.day-col').first()).toContainText(today().pl.slice(0, 5));
  await expect(monthly.locator('tbody tr').filter({ hasText: 'Anna Kowalska-2' })).toContainText('nb.');
  // Landscape, and with 30 blank rows it runs over pages, each with the header and the columns.
  await page.getByLabel('Puste wiersze dla osób spoza listy').fill('30');
  await expect(monthly.locator('tbody tr.blank')).toHaveCount(30);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const pages = await pdfPages(pdf);
  expect(pages.length).toBeGreaterThanOrEqual(2);
  for (const text of pages) {
    expect(text).toContain('MIESIĘCZNA LISTA OBECNOŚCI');
    expect(text).toContain(`Forma wsparcia: ${FORM}`);
    expect(text).toContain('Lp. Imię i nazwisko');
  }
  expect(pages.join(' ')).toContain(' 33. ');
  // A4 landscape.
  for (const size of await pdfPageSizes(pdf)) expect(size.map(Math.round)).toEqual([842, 595]);
});

test('volunteer hours: a decimal comma, a clear message for a mistake, and the month total', async ({ page, hooksServer }) => {
  await start(page, hooksServer.url, 0);
  // A volunteer joins the structure.
  await page.goto(`${hooksServer.url}/struktura`);
  const staff = new StructurePage(page).section('staff');
  await staff.getByLabel('Imię', { exact: true }).fill('Olek');
  await staff.getByLabel('Nazwisko', { exact: true }).fill('Wolny');
  await staff.getByLabel('Rola').selectOption({ label: 'wolontariusz' });
  await staff.getByRole('button', { name: 'Dodaj osobę' }).click();
  await expect(page.getByRole('region', { name: 'Komunikaty' })).toContainText('Dodano');

  await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Wolontariat' }).click();
  await page.getByLabel('Wolontariusz').selectOption({ label: 'Olek Wolny' });
  await page.getByLabel('Liczba godzin').fill('dwie');
  await page.getByLabel('Działanie').fill('festyn rodzinny');
  await page.getByRole('button', { name: 'Zapisz godziny' }).click();
  await expect(page.getByText('Liczba godzin: wpisz liczbę, np. 2,5.')).toBeVisible();
  await expect(page.getByLabel('Liczba godzin')).toBeFocused();
  await page.getByLabel('Liczba godzin').fill('2,5');
  await page.getByRole('button', { name: 'Zapisz godziny' }).click();
  await expect(page.getByRole('region', { name: 'Komunikaty' }).getByText('Zapisano.')).toBeVisible();
  await page.getByLabel('Liczba godzin').fill('1');
  await page.getByLabel('Działanie').fill('dyżur w klubie');
  await page.getByRole('button', { name: 'Zapisz godziny' }).click();
  await expect(page.locator('table.list tbody tr')).toHaveCount(2);
  await page.reload();
  await expect(page.locator('table.list tbody tr')).toHaveCount(2);
  await expect(page.locator('ul.totals')).toHaveText(/Olek Wolny: 3,50\sh/);
});

test('an individual consultation is for one chosen person, keeps its recommendations and counts on her card', async ({
  page,
  hooksServer,
}) => {
  await start(page, hooksServer.url, 3);
  const structure = new StructurePage(page);
  await structure.goto(hooksServer.url);
  const forms = structure.section('forms');
  await forms.getByLabel('Nazwa formy wsparcia', { exact: true }).fill('poradnictwo psychologiczne');
  await forms.getByLabel('Rodzaj aktywizacji').selectOption({ label: 'aktywizacja społeczna' });
  await forms.getByLabel('Tryb').selectOption({ label: 'indywidualne' });
  await forms.getByLabel('Placówka').selectOption({ label: 'Centrum Aktywności Lokalnej w Bartoszycach' });
  await forms.getByRole('button', { name: 'Dodaj formę wsparcia' }).click();
  await expect(page.getByRole('region', { name: 'Komunikaty' })).toContainText('Dodano');

  const day = new DayView(page);
  await day.goto(hooksServer.url);
  await page.getByRole('link', { name: 'Konsultacja indywidualna' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nowa konsultacja indywidualna' })).toBeVisible();
  const form = new SessionForm(page);
  await form.field('Forma wsparcia').selectOption({ label: 'poradnictwo psychologiczne' });
  await form.field('Godzina od').fill('09:00');
  await form.field('Godzina do').fill('10:00');
  const save = page.getByRole('button', { name: 'Zapisz konsultację' });

  // Nobody chosen: refused, naming the field.
  await save.click();
  await expect(page.getByText(/^Uczestnik: /)).toBeVisible();

  await form.field('Wyszukaj uczestnika').fill('kowalska-1');
  await page.getByRole('button', { name: 'Wybierz: Kowalska-1 Anna' }).click();
  await expect(page.locator('.consultation-person .chosen')).toContainText('Kowalska-1 Anna');
  await form.field('Zalecenia').fill('Kontynuować spotkania co tydzień.');
  await save.click();
  await expect(page.getByRole('region', { name: 'Komunikaty' }).getByText('Zapisano.')).toBeVisible();
  await expect(day.row('poradnictwo psychologiczne')).toContainText('1 z 1');

  // Her card counts the hour; the others have none of this form.
  const list = new ParticipantsList(page);
  await list.goto(hooksServer.url);
  await page.getByRole('link', { name: 'Kowalska-1 Anna' }).click();
  await expect(
    page.getByRole('table', { name: 'Godziny według form wsparcia' }).getByRole('row', { name: /poradnictwo psychologiczne/ }).locator('td'),
  ).toHaveText(['1', /^1,00\sh$/]);
  await page.getByRole('table', { name: 'Zajęcia' }).getByRole('link').first().click();
  await expect(form.field('Zalecenia')).toHaveValue('Kontynuować spotkania co tydzień.');
  await list.goto(hooksServer.url);
  await page.getByRole('link', { name: 'Kowalska-0 Anna' }).click();
  await expect(page.getByRole('table', { name: 'Godziny według form wsparcia' })).toHaveCount(0);
});

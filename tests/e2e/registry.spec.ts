import { test, expect } from './fixtures';
import { AppShell } from './pages/app_shell';
import { ParticipantsList, PersonCard, PersonForm } from './pages/participants_page';
import { setUpProject } from './setup';

const PESEL_LUCJA = '85041212344'; // 12.04.1985, woman
const PESEL_GRZEGORZ = '44051401359'; // 14.05.1944, man

async function register(page, base: string, values: Record<string, string>) {
  const form = new PersonForm(page);
  await form.goto(base);
  await form.fill(values);
  await form.save();
}

test('register with a valid PESEL: birth date and sex are derived; after a reload a search without diacritics finds her', async ({
  page,
  ownServer,
}) => {
  await setUpProject(page, ownServer.url);
  const form = new PersonForm(page);
  await form.goto(ownServer.url);
  await form.fill({ Imię: 'Łucja', Nazwisko: 'Żółć', PESEL: PESEL_LUCJA });
  await expect(form.field('Data urodzenia')).toHaveValue('12.04.1985');
  await expect(form.field('Data urodzenia')).toHaveAttribute('readonly', '');
  await expect(form.field('Płeć')).toHaveValue('K');
  await expect(form.field('Płeć')).toBeDisabled();
  await expect(page.getByText(/^Wiek w chwili przystąpienia do projektu: \d+ lat$/)).toBeVisible();
  await form.fill({ Gmina: 'Bartoszyce (bartoszycki, warmińsko-mazurskie)', Miejscowość: 'Bartoszyce', 'Telefon kontaktowy': '+48 600 100 200' });
  await expect(page.getByText('Powiat: bartoszycki, województwo: warmińsko-mazurskie, DEGURBA: 2 (z obszaru projektu)')).toBeVisible();
  await form.save();

  const card = new PersonCard(page);
  await expect(card.heading).toHaveText('Łucja Żółć');
  await expect(page.getByRole('region', { name: 'Dane osobowe' })).toContainText('12.04.1985');
  await page.reload();
  await expect(card.heading).toHaveText('Łucja Żółć');

  const list = new ParticipantsList(page);
  await list.goto(ownServer.url);
  await list.search.fill('lucja zolc');
  await expect(list.count).toHaveText('1 z 1');
  await expect.poll(() => list.names()).toEqual(['Żółć Łucja']);
  await list.search.fill('600 100');
  await expect.poll(() => list.names()).toEqual(['Żółć Łucja']);
  await list.search.fill('kowalski');
  await expect(list.count).toHaveText('0 z 1');
});

test('an invalid PESEL shows the message and saves nothing', async ({ page, ownServer }) => {
  await setUpProject(page, ownServer.url);
  const form = new PersonForm(page);
  await form.goto(ownServer.url);
  await form.fill({ Imię: 'Jan', Nazwisko: 'Nowak', PESEL: '85041212345', 'Telefon kontaktowy': '600100200' });
  await form.field('PESEL').blur();
  await expect(form.message('PESEL')).toHaveText(
    'PESEL: cyfra kontrolna się nie zgadza. Porównaj numer z dowodem osobistym — to zwykle literówka.',
  );
  await form.save();
  await expect(new AppShell(page).notices.getByRole('alert')).toHaveText('Niczego nie zapisano: popraw pola oznaczone na czerwono.');
  await expect(form.field('PESEL')).toBeFocused();
  const list = new ParticipantsList(page);
  await list.goto(ownServer.url);
  await expect(list.count).toHaveText('0 z 0');
});

test('a duplicate PESEL triggers the warning; "Zapisz mimo to" saves and is recorded in the history', async ({ page, ownServer }) => {
  await setUpProject(page, ownServer.url);
  await register(page, ownServer.url, { Imię: 'Grzegorz', Nazwisko: 'Brzęczyszczykiewicz', PESEL: PESEL_GRZEGORZ, 'Telefon kontaktowy': '600100200' });
  await expect(new PersonCard(page).heading).toHaveText('Grzegorz Brzęczyszczykiewicz');

  await register(page, ownServer.url, { Imię: 'Grzegorz', Nazwisko: 'Brzeczyszczykiewicz', PESEL: PESEL_GRZEGORZ, 'Telefon kontaktowy': '600100201' });
  const dialog = page.getByRole('dialog', { name: 'Ta osoba może już być w kartotece' });
  await expect(dialog).toContainText('Grzegorz Brzęczyszczykiewicz — 14.05.1944 (ten sam PESEL)');
  await expect(dialog.getByRole('link', { name: 'Otwórz istniejącą' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Zapisz mimo to' }).click();
  await expect(new PersonCard(page).heading).toHaveText('Grzegorz Brzeczyszczykiewicz');
  await expect(page.getByRole('region', { name: 'Historia zmian' })).toContainText('zapisano mimo podobieństwa do innej osoby');

  // "Otwórz istniejącą" leads to the registered person instead.
  await register(page, ownServer.url, { Imię: 'G.', Nazwisko: 'B.', PESEL: PESEL_GRZEGORZ, 'Telefon kontaktowy': '600100202' });
  await dialog.getByRole('link', { name: 'Otwórz istniejącą' }).first().click();
  await expect(new PersonCard(page).heading).toHaveText(/Grzegorz Brz/);
  const list = new ParticipantsList(page);
  await list.goto(ownServer.url);
  await expect(list.count).toHaveText('2 z 2');
});

test('a person walks zgłoszony → zakwalifikowany → uczestnik → zakończył, each step asking for what it needs', async ({
  page,
  ownServer,
}) => {
  await setUpProject(page, ownServer.url);
  await register(page, ownServer.url, {
    Imię: 'Łucja',
    Nazwisko: 'Żółć',
    PESEL: PESEL_LUCJA,
    Gmina: 'Bartoszyce (bartoszycki, warmińsko-mazurskie)',
    Miejscowość: 'Bartoszyce',
    'Kod pocztowy': '11-200',
    'Telefon kontaktowy': '600100200',
  });
  const card = new PersonCard(page);
  const form = new PersonForm(page);
  await expect(card.heading).toHaveText('Łucja Żółć');
  expect(await card.currentStatus()).toBe('zgłoszony');

  await card.step('zakwalifikowany').click();
  await expect(card.missing).toContainText('Przesłanki kwalifikowalności: uzupełnij to pole.');
  await page.getByRole('link', { name: 'Uzupełnij dane osoby' }).click();
  await page.getByLabel(/^korzystanie z pomocy społecznej/).check();
  await form.save();
  await card.step('zakwalifikowany').click();
  await expect.poll(() => card.currentStatus()).toBe('zakwalifikowany');

  await card.step('uczestnik').click();
  await expect(card.missing).toContainText('Wykształcenie: uzupełnij to pole.');
  await expect(card.missing).toContainText('Deklaracja uczestnictwa: uzupełnij to pole.');
  await page.getByRole('link', { name: 'Uzupełnij dane osoby' }).click();
  await form.fill({ Wykształcenie: 'Ponadgimnazjalne (ISCED 3)', 'Status na rynku pracy': 'osoba bierna zawodowo', 'Data rozpoczęcia udziału w projekcie': '06.04.2021' });
  for (const q of [
    'Osoba należąca do mniejszości narodowej lub etnicznej, migrant, osoba obcego pochodzenia',
    'Osoba bezdomna lub dotknięta wykluczeniem z dostępu do mieszkań',
    'Osoba w innej niekorzystnej sytuacji społecznej (innej niż wymienione powyżej)',
  ]) {
    await form.answer(q, 'Nie');
  }
  await form.answer('Osoba z niepełnosprawnościami', 'Odmowa podania informacji');
  await form.documentDate('deklaracja uczestnictwa', '06.04.2021');
  await form.save();
  // RODO is still missing: recorded from the card's checklist.
  await card.step('uczestnik').click();
  await expect(card.missing).toContainText('Dokumenty: uzupełnij to pole.');
  await page.getByRole('button', { name: 'Wpisz datę podpisania: klauzula informacyjna RODO' }).click();
  await page.getByLabel('Data: klauzula informacyjna RODO', { exact: true }).fill('06.04.2021');
  await page.getByRole('button', { name: 'Zapisz datę: klauzula informacyjna RODO' }).click();
  await expect(page.getByText('✓ klauzula informacyjna RODO: 06.04.2021')).toBeVisible();
  await card.step('uczestnik').click();
  await expect.poll(() => card.currentStatus()).toBe('uczestnik');

  await card.step('zakończył').click();
  await page.getByLabel('Data zakończenia udziału w projekcie').fill('31.03.2022');
  await page.getByLabel('Sytuacja w momencie zakończenia udziału').selectOption({ label: 'osoba poszukująca pracy' });
  await page.getByLabel('Zakończenie udziału zgodnie ze ścieżką').selectOption({ label: 'Tak' });
  // Exit results known on the day: social progress (confirmed) and a contract (not confirmed yet).
  await page.getByLabel('wzmocnienie motywacji do pracy po projekcie').check();
  await page.getByLabel('Data potwierdzenia postępu').fill('15.05.2022');
  await page.getByLabel('Forma zatrudnienia').selectOption({ label: 'umowa o pracę' });
  await page.getByLabel('Data rozpoczęcia pracy lub działalności').fill('04.04.2022');
  await page.getByLabel('Co najmniej ½ etatu').check();
  await page.getByRole('button', { name: 'Zatwierdź zmianę statusu' }).click();
  await expect.poll(() => card.currentStatus()).toBe('zakończył');
  await expect(page.getByText('To status końcowy.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Historia zmian' })).toContainText('Status rekrutacji');
  const results = page.getByRole('region', { name: 'Rezultaty po zakończeniu udziału' });
  await expect(results).toContainText('wzmocnienie motywacji do pracy po projekcie');
  await expect(results).toContainText('umowa o pracę, od 04.04.2022, Co najmniej ½ etatu');

  // The employment is confirmed later: too late first (refused, nothing saved), then in time.
  await results.getByRole('button', { name: 'Uzupełnij rezultaty' }).click();
  await results.getByLabel('Data potwierdzenia zatrudnienia').fill('01.08.2022');
  await results.getByRole('button', { name: 'Zapisz rezultaty' }).click();
  await expect(results.getByText('Data potwierdzenia zatrudnienia: potwierdzenie musi nastąpić w ciągu 3 miesięcy od zakończenia udziału.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Rezultaty po zakończeniu udziału' })).not.toContainText('01.08.2022');
  const again = page.getByRole('region', { name: 'Rezultaty po zakończeniu udziału' });
  await again.getByRole('button', { name: 'Uzupełnij rezultaty' }).click();
  await again.getByLabel('Data potwierdzenia zatrudnienia').fill('20.06.2022');
  await again.getByRole('button', { name: 'Zapisz rezultaty' }).click();
  await expect(page.getByRole('region', { name: 'Komunikaty' }).getByText('Rezultaty zapisane.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Rezultaty po zakończeniu udziału' })).toContainText('20.06.2022');
});

test('a half-typed registration survives a reload, and the draft can be discarded', async ({ page, ownServer }) => {
  await setUpProject(page, ownServer.url);
  const form = new PersonForm(page);
  await form.goto(ownServer.url);
  await form.fill({ Imię: 'Halina', Nazwisko: 'Półtorak', 'Telefon kontaktowy': '600 700 800' });
  // Each change is kept as a draft as it is typed.
  await expect(page.getByText('Szkic zapisany na tym komputerze.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Przywrócono niezapisane dane wpisane wcześniej w tym formularzu.')).toBeVisible();
  await expect(form.field('Imię')).toHaveValue('Halina');
  await expect(form.field('Nazwisko')).toHaveValue('Półtorak');
  await expect(form.field('Telefon kontaktowy')).toHaveValue('600 700 800');
  await page.getByRole('button', { name: 'Odrzuć szkic' }).click();
  await expect(form.field('Imię')).toHaveValue('');
  // Said only once the draft is gone from IndexedDB; a reload then offers nothing back.
  await expect(page.getByRole('region', { name: 'Komunikaty' }).getByText('Szkic odrzucony')).toBeVisible();
  await expect(page.getByText('Szkic zapisany na tym komputerze.')).toHaveCount(0);
  await page.reload();
  await expect(form.field('Imię')).toBeVisible();
  await expect(page.getByText('Przywrócono niezapisane dane')).toHaveCount(0);
  await expect(form.field('Nazwisko')).toHaveValue('');

  // Typing a name and deleting it again leaves no draft behind either.
  await form.fill({ Imię: 'X' });
  await expect(page.getByText('Szkic zapisany na tym komputerze.')).toBeVisible();
  await form.fill({ Imię: '' });
  await expect(page.getByText('Szkic zapisany na tym komputerze.')).toHaveCount(0);
  await expect(page.getByText('Zapisywanie szkicu…')).toHaveCount(0);
  await page.reload();
  await expect(form.field('Imię')).toBeVisible();
  await expect(page.getByText('Przywrócono niezapisane dane')).toHaveCount(0);
});

test('the registration form works from the keyboard: Enter saves, Esc cancels', async ({ page, ownServer }) => {
  await setUpProject(page, ownServer.url);
  const form = new PersonForm(page);
  await form.goto(ownServer.url);
  await form.field('Imię').focus();
  await page.keyboard.type('Adam');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Kot');
  await form.field('Telefon kontaktowy').fill('600100300');
  await form.field('Telefon kontaktowy').press('Enter');
  await expect(new PersonCard(page).heading).toHaveText('Adam Kot');
  await form.goto(ownServer.url);
  await form.field('Imię').press('Escape');
  await expect(new ParticipantsList(page).heading).toBeVisible();
});

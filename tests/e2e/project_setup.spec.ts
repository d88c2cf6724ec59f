import { test, expect, TEST_PASSPHRASE } from './fixtures';
import { AppShell } from './pages/app_shell';
import { FirstRunPage } from './pages/first_run_page';
import { Hooks } from './pages/hooks';
import { ProjectPage } from './pages/project_page';
import { StructurePage } from './pages/structure_page';

const CAL = /^Centrum Aktywności Lokalnej w Bartoszycach/;
const FORM_IN_USE = 'trening umiejętności społecznych dedykowany dzieciom';

test('a new user sets up the project from the CAL template, fixes a wrong total, and it survives a reload', async ({
  page,
  hooksServer,
}) => {
  const guide = new FirstRunPage(page);
  const settings = new ProjectPage(page);
  const shell = new AppShell(page);

  await page.goto(`${hooksServer.url}/`);
  await expect(guide.heading).toBeVisible();
  await expect(guide.why).toBeVisible();
  // No other page is usable before the project exists; the guide says why.
  await settings.goto(hooksServer.url);
  await expect(guide.heading).toBeVisible();

  await guide.chooseTemplate(CAL);
  await guide.fillPerson('Ewa', 'Ślązak');
  await expect(guide.review).toContainText('placówki: 1, zadania: 4, formy wsparcia: 4');
  await expect(guide.review).toContainText('Beneficjent');
  // The coordinator's passphrase protects the computer: too short, or typed differently, is named.
  await guide.fillPassphrase('krótkie');
  await guide.createButton.click();
  await expect(page.getByText('Hasło: wpisz co najmniej 12 znaków — najłatwiej kilka słów oddzielonych spacją.')).toBeVisible();
  await guide.fillPassphrase(TEST_PASSPHRASE, `${TEST_PASSPHRASE}!`);
  await guide.createButton.click();
  await expect(page.getByText('Powtórz hasło: wpisz dokładnie to samo hasło co w polu „Hasło”.')).toBeVisible();
  await expect(guide.heading).toBeVisible();
  await guide.fillPassphrase();
  await guide.createButton.click();

  await expect(settings.heading).toBeVisible();
  await expect(shell.notices).toContainText('Projekt utworzony');
  await expect(page.getByText('Pracuje: Ewa Ślązak')).toBeVisible();
  // The template's figures, the Polish way; its missing values are "do uzupełnienia".
  await expect(settings.field('Tytuł projektu')).toHaveValue('Centrum Aktywności Lokalnej w Bartoszycach');
  await expect(settings.field('Wartość projektu')).toHaveValue('443\u00a0738,75');
  await expect(settings.field('Dofinansowanie')).toHaveValue('421\u00a0551,81');
  await expect(settings.field('Wkład własny')).toHaveValue('22\u00a0186,94');
  await expect(settings.field('w tym kobiety')).toHaveValue('70');
  await expect(settings.field('w tym mężczyźni')).toHaveValue('30');
  await expect(settings.field('Okres realizacji od')).toHaveValue('31.03.2021');
  await expect(settings.message('Beneficjent')).toHaveText('do uzupełnienia');

  await settings.type('Wartość projektu', '450 000,00');
  const mismatch = 'Wkład własny: dofinansowanie i wkład własny razem muszą dać wartość projektu. Sprawdź te trzy kwoty.';
  await expect(settings.message('Wkład własny')).toHaveText(mismatch);
  await settings.save();
  await expect(shell.notices.getByRole('alert')).toHaveText('Niczego nie zapisano: popraw pola oznaczone na czerwono.');
  // The refused save takes the user to what needs fixing.
  await expect(settings.field('Wkład własny')).toBeFocused();

  await settings.type('Wartość projektu', '443738,75');
  await expect(settings.field('Wartość projektu')).toHaveValue('443\u00a0738,75');
  await expect(settings.message('Wkład własny')).toBeHidden();
  await settings.type('Beneficjent', 'Miejski Ośrodek Pomocy Społecznej w Bartoszycach');
  await settings.type('Numer umowy/decyzji/aneksu', 'RPWM.11.02.03-28-0012/20');
  await settings.save();
  await expect(shell.notices.getByRole('status').last()).toHaveText('Zapisano.');

  await page.reload();
  await expect(settings.field('Beneficjent')).toHaveValue('Miejski Ośrodek Pomocy Społecznej w Bartoszycach');
  await expect(settings.field('Numer umowy/decyzji/aneksu')).toHaveValue('RPWM.11.02.03-28-0012/20');
  await expect(settings.field('Wartość projektu')).toHaveValue('443\u00a0738,75');
  await expect(page.getByText('Pracuje: Ewa Ślązak')).toBeVisible();
  await expect(shell.unexported).toContainText('niewyeksportowan');
});

test('the structure: add a unit and a form, reorder, retire a form in use (archived) and an unused one (deleted)', async ({
  page,
  hooksServer,
}) => {
  const guide = new FirstRunPage(page);
  const structure = new StructurePage(page);
  const shell = new AppShell(page);
  await page.goto(`${hooksServer.url}/`);
  await guide.createFromTemplate(CAL);
  await expect(new ProjectPage(page).heading).toBeVisible();

  await structure.goto(hooksServer.url);
  await structure.addUnit('Klub Seniora', 'inna placówka');
  await expect.poll(() => structure.names('units')).toEqual(['Centrum Aktywności Lokalnej w Bartoszycach', 'Klub Seniora']);
  await structure.addForm('warsztaty kulinarne', 'aktywizacja społeczna', 'Klub Seniora');
  await expect.poll(() => structure.names('forms')).toContain('warsztaty kulinarne');

  await structure.moveUp('units', 'Klub Seniora').click();
  await expect.poll(() => structure.names('units')).toEqual(['Klub Seniora', 'Centrum Aktywności Lokalnej w Bartoszycach']);

  // A session makes the form "in use": retiring archives it instead of deleting it.
  await new Hooks(page).addSession(FORM_IN_USE);
  await structure.retire('forms', FORM_IN_USE).click();
  await expect(shell.notices).toContainText('zostało zarchiwizowane (nie usunięte)');
  await expect.poll(() => structure.names('forms')).not.toContain(FORM_IN_USE);
  await expect(structure.archived('forms')).toContainText('Zarchiwizowane (1)');
  await structure.archived('forms').locator('summary').click();
  await expect(structure.archived('forms')).toContainText(FORM_IN_USE);

  await structure.retire('forms', 'warsztaty kulinarne').click();
  await expect(shell.notices).toContainText('Usunięto „warsztaty kulinarne”.');
  await expect.poll(() => structure.names('forms')).not.toContain('warsztaty kulinarne');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Struktura' })).toBeVisible();
  await expect.poll(() => structure.names('units')).toEqual(['Klub Seniora', 'Centrum Aktywności Lokalnej w Bartoszycach']);
  await expect(structure.archived('forms')).toContainText('Zarchiwizowane (1)');
  await structure.archived('forms').locator('summary').click();
  await structure.section('forms').getByRole('button', { name: `Przywróć: ${FORM_IN_USE}` }).click();
  await expect.poll(() => structure.names('forms')).toContain(FORM_IN_USE);
});

test('changing the programme period after people are registered asks first and explains', async ({ page, hooksServer }) => {
  const guide = new FirstRunPage(page);
  const settings = new ProjectPage(page);
  await page.goto(`${hooksServer.url}/`);
  await guide.createFromTemplate(CAL);
  await expect(settings.heading).toBeVisible();
  await new Hooks(page).savePeople(1, 'Osoba');

  await settings.field('Okres programowania').selectOption('2021-2027');
  await settings.save();
  const dialog = page.getByRole('dialog', { name: 'Zmienić okres programowania?' });
  await expect(dialog).toContainText('układ pliku CSV dla systemu centralnego');
  await dialog.getByRole('button', { name: 'Anuluj' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(settings.field('Okres programowania')).toHaveValue('2014-2020');

  await settings.field('Okres programowania').selectOption('2021-2027');
  await settings.save();
  await dialog.getByRole('button', { name: 'Tak, zmień okres' }).click();
  await expect(new AppShell(page).notices.getByRole('status').last()).toHaveText('Zapisano.');
  await page.reload();
  await expect(settings.field('Okres programowania')).toHaveValue('2021-2027');
});

test('the first-run guide refuses to create a project without the first person’s name', async ({ page, hooksServer }) => {
  const guide = new FirstRunPage(page);
  await page.goto(`${hooksServer.url}/start`);
  await guide.chooseBlank();
  await guide.createButton.click();
  await expect(page.getByText('Imię: uzupełnij to pole.')).toBeVisible();
  await expect(guide.heading).toBeVisible();
});

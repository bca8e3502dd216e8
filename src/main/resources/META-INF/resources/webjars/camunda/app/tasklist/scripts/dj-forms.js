// dangjian-workflow: Camunda Forms in Tasklist as a Chinese branch secretary expects them, for every process.
// Loaded by config.js (customScripts). Tasklist creates the form-js viewer inside its own directive and keeps the
// instance to itself, so this script works on what the viewer renders:
//  - validation messages and placeholders in Chinese (dj-form-texts.js), the date picker in Chinese, Monday first,
//    with a year list;
//  - the problems of a refused submission (the server's `problems`, or the form's own checks) all at once, each
//    beside its field and listed by the field's label just above the buttons, replacing the previous ones; the
//    vendor's error box at the top of the dialog is closed;
//  - organisation code fields (branchCode …) choose from the user's own organisations, prefilled when there is one
//    (the server still checks the code);
//  - Escape or a click beside the start dialog does not throw away what was typed.
import {
  FLATPICKR_ZH,
  PLACEHOLDERS,
  datePlaceholder,
  problemSentence,
  problemsHeading,
  translateValidationMessage,
} from './dj-form-texts.js';

/** Fields naming the organisation acting (the user's own); prefilled when the user belongs to one. */
const OWN_ORGANISATION_FIELDS = ['branchCode', 'receivingOrganisationCode', 'assigningOrganisationCode',
  'competentOrganisationCode'];
/** Fields naming another organisation (the one assigned to, the subject); any organisation, the user's first. */
const ANY_ORGANISATION_FIELDS = ['ownerOrganisationCode', 'subjectOrganisationCode'];

const FORM_HOST = '[cam-tasklist-form-camunda]';
const FIELD = '.fjs-form-field';

// ---------------------------------------------------------------------------------------------- field reading

function fieldLabel(field) {
  const label = field.querySelector('.fjs-form-field-label');
  if (!label) return '';
  const copy = label.cloneNode(true);
  copy.querySelectorAll('.fjs-asterix, input').forEach((n) => n.remove());
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

function fieldKind(field) {
  const c = field.classList;
  if (c.contains('fjs-form-field-select') || c.contains('fjs-form-field-radio')
    || c.contains('fjs-form-field-taglist')) return 'choice';
  if (c.contains('fjs-form-field-datetime')) return 'date';
  if (c.contains('fjs-form-field-checkbox') || c.contains('fjs-form-field-checklist')) return 'check';
  return 'text';
}

function fieldInfo(field) {
  const description = field.querySelector('.fjs-form-field-description');
  return { label: fieldLabel(field), description: description ? description.textContent : '', kind: fieldKind(field) };
}

/** The form field of a variable: every form gives its fields the id Field_<key> (check-forms.mjs). */
function fieldOf(host, key) {
  const id = new RegExp(`-Field_${key.replace(/[^A-Za-z0-9_]/g, '')}(?:-date|-time|-display|-\\d+)?$`);
  const element = [...host.querySelectorAll(`[id*="-Field_${CSS.escape(key)}"]`)].find((e) => id.test(e.id));
  return element ? element.closest(FIELD) : null;
}

function keyOf(field) {
  const element = field.querySelector('[id*="-Field_"]');
  const match = element && /-Field_([A-Za-z0-9_]+?)(?:-date|-time|-display|-description|-error-message|-\d+)?$/
    .exec(element.id);
  return match ? match[1] : '';
}

// --------------------------------------------------------------------------------- Chinese texts of form-js

/**
 * Changes the text of an element the viewer (Preact) rendered: its own text node keeps its identity, or Preact,
 * which holds that node, puts the English one back beside ours at the next render.
 */
function setText(element, text) {
  const only = element.childNodes.length === 1 ? element.firstChild : null;
  if (only && only.nodeType === Node.TEXT_NODE) only.data = text;
  else element.textContent = text;
}

function translateErrors(root) {
  root.querySelectorAll('.fjs-form-field-error li, .fjs-form-field-error span').forEach((item) => {
    if (item.children.length) return;
    const text = item.textContent;
    if (!/[A-Za-z]{3,}/.test(text)) return;
    const field = item.closest(FIELD);
    setText(item, translateValidationMessage(text, field ? fieldInfo(field) : {}));
  });
}

function translatePlaceholders(root) {
  root.querySelectorAll('.fjs-select-display, .fjs-dropdownlist-empty, .fjs-taglist-empty').forEach((element) => {
    if (element.children.length) return;
    const chinese = PLACEHOLDERS[element.textContent.trim()];
    if (chinese) setText(element, chinese);
  });
  root.querySelectorAll('input[placeholder]').forEach((input) => {
    const english = input.getAttribute('placeholder');
    if (!/[A-Za-z]/.test(english)) return;
    if (PLACEHOLDERS[english]) {
      input.setAttribute('placeholder', PLACEHOLDERS[english]);
    } else if (input.closest('.fjs-datepicker') || /^[ymd]+[^A-Za-z]+[ymd]+[^A-Za-z]+[ymd]+$/i.test(english)) {
      input.setAttribute('placeholder', datePlaceholder(english));
    }
  });
}

function localiseDatePickers(root) {
  root.querySelectorAll('input.flatpickr-input').forEach((input) => {
    const picker = input._flatpickr;
    if (!picker || picker.djLocalised) return;
    picker.djLocalised = true;
    picker.set('locale', FLATPICKR_ZH);
    addYearList(picker);
  });
}

/** A year list beside the month list: 1995 is one choice away, not 30 years of month clicks. */
function addYearList(picker) {
  const header = picker.calendarContainer && picker.calendarContainer.querySelector('.flatpickr-current-month');
  if (!header) return;
  picker.calendarContainer.classList.add('dj-year-listed');
  const select = document.createElement('select');
  select.className = 'dj-year-select';
  select.setAttribute('aria-label', '年份');
  const minYear = picker.config.minDate ? picker.config.minDate.getFullYear() : 1900;
  const maxYear = picker.config.maxDate ? picker.config.maxDate.getFullYear() : new Date().getFullYear() + 10;
  for (let year = maxYear; year >= minYear; year--) {
    const option = document.createElement('option');
    option.value = String(year);
    option.textContent = `${year}年`;
    select.appendChild(option);
  }
  const sync = () => {
    if (!select.querySelector(`option[value="${picker.currentYear}"]`)) {
      const option = document.createElement('option');
      option.value = String(picker.currentYear);
      option.textContent = `${picker.currentYear}年`;
      select.appendChild(option);
    }
    select.value = String(picker.currentYear);
  };
  select.addEventListener('change', () => picker.changeYear(Number(select.value)));
  header.insertBefore(select, header.firstChild);
  ['onYearChange', 'onMonthChange', 'onOpen', 'onValueUpdate'].forEach((hook) => {
    picker.config[hook] = [...(picker.config[hook] || []), sync];
  });
  sync();
}

// ------------------------------------------------------------------------------------------------ problems

let vendorAlertsHandledUntil = 0;

function activeFormHost() {
  const inModal = [...document.querySelectorAll(`.modal ${FORM_HOST}`)].pop();
  return inModal || document.querySelector(FORM_HOST);
}

function clearProblems(host) {
  const scope = host.parentNode || host;
  scope.querySelectorAll(':scope > .dj-problems').forEach((box) => box.remove());
  host.querySelectorAll('.dj-field-problem').forEach((note) => note.remove());
  host.querySelectorAll('.dj-has-problem').forEach((field) => field.classList.remove('dj-has-problem'));
}

/**
 * Shows the problems of one submission: beside each field and as a list just above the buttons, where the user
 * clicked; the list is scrolled into view. Replaces whatever an earlier submission showed.
 *
 * @param {Element} host the form's host element
 * @param {{field: Element|null, sentence: string, beside: boolean}[]} items
 */
function showProblems(host, items, fromServer) {
  clearProblems(host);
  if (!items.length) return;
  const box = document.createElement('div');
  box.className = 'dj-problems';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  heading.className = 'dj-problems-heading';
  heading.textContent = problemsHeading(items.length, fromServer);
  box.appendChild(heading);
  const list = document.createElement('ul');
  items.forEach((item) => {
    const entry = document.createElement('li');
    if (item.field) {
      const link = document.createElement('a');
      link.href = '';
      link.textContent = item.sentence;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        item.field.scrollIntoView({ block: 'center' });
        const input = item.field.querySelector('input:not([type=hidden]):not(.dj-replaced), textarea, select, .fjs-select-display');
        if (input && input.focus) input.focus({ preventScroll: true });
      });
      entry.appendChild(link);
      if (item.beside) {
        item.field.classList.add('dj-has-problem');
        const note = document.createElement('div');
        note.className = 'dj-field-problem';
        note.textContent = item.sentence;
        item.field.appendChild(note);
      }
    } else {
      entry.textContent = item.sentence;
    }
    list.appendChild(entry);
  });
  box.appendChild(list);
  host.parentNode.insertBefore(box, host.nextSibling);
  box.scrollIntoView({ block: 'nearest' });
}

function showServerProblems(host, problems) {
  const items = problems.map((problem) => {
    const field = problem.field ? fieldOf(host, problem.field) : null;
    const label = field ? fieldLabel(field) : '';
    return { field, sentence: problemSentence(problem, label), beside: true };
  });
  showProblems(host, items, true);
}

function showFormProblems(host) {
  const items = [...host.querySelectorAll(`${FIELD}`)]
    .filter((field) => field.querySelector('.fjs-form-field-error li'))
    .map((field) => {
      translateErrors(field);
      const sentences = [...field.querySelectorAll('.fjs-form-field-error li')].map((li) => li.textContent.trim());
      return { field, sentence: sentences.join('；'), beside: false };
    });
  showProblems(host, items, false);
  return items.length > 0;
}

function closeAlert(alert) {
  const close = alert.querySelector('button.close[ng-click^="removeNotification"]') || alert.querySelector('button.close');
  if (close) close.click();
  else alert.remove();
}

/** A new error box of Tasklist: ours replaces it when it is about a form; an older box never stays above it. */
function onVendorAlert(alert) {
  const panel = alert.closest('.notifications');
  if (panel) {
    [...panel.querySelectorAll('.alert-danger')].filter((older) => older !== alert).forEach(closeAlert);
  }
  if (Date.now() < vendorAlertsHandledUntil) {
    closeAlert(alert);
    return;
  }
  // the form's own checks refused the submission: form-js marked the fields, Tasklist says only "无法启动流程"
  setTimeout(() => {
    const host = alert.closest('.modal') ? alert.closest('.modal').querySelector(FORM_HOST) : activeFormHost();
    if (host && host.offsetParent !== null && showFormProblems(host)) closeAlert(alert);
  }, 60);
}

/** Refused submissions, read where Tasklist sends them (its SDK speaks XMLHttpRequest). */
function watchSubmissions() {
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function djOpen(method, url, ...rest) {
    this.djSubmission = String(method).toUpperCase() === 'POST'
      && /\/(?:task|process-definition)\/[^?]*\/(?:submit-form|complete|start)(?:\?|$)/.test(String(url));
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function djSend(body) {
    if (this.djSubmission) {
      this.addEventListener('loadend', () => onSubmissionAnswered(this));
    }
    return send.call(this, body);
  };
}

function onSubmissionAnswered(request) {
  const host = activeFormHost();
  if (!host) return;
  if (request.status < 400) {
    clearProblems(host);
    return;
  }
  let answer;
  try {
    answer = JSON.parse(request.responseText);
  } catch (notJson) {
    return;
  }
  const problems = Array.isArray(answer.problems) && answer.problems.length ? answer.problems
    : answer.field ? [{ field: answer.field, message: answer.message }] : null;
  if (!problems) return;
  vendorAlertsHandledUntil = Date.now() + 5000;
  showServerProblems(host, problems);
  document.querySelectorAll('.notifications .alert-danger').forEach((alert) => {
    if (!alert.closest('.modal') || host.closest('.modal') === alert.closest('.modal')) closeAlert(alert);
  });
}

/** A field the user corrects loses its server note (the list above the buttons keeps the whole answer). */
function watchCorrections() {
  const corrected = (event) => {
    const field = event.target.closest && event.target.closest(`${FIELD}.dj-has-problem`);
    if (!field) return;
    field.classList.remove('dj-has-problem');
    field.querySelectorAll('.dj-field-problem').forEach((note) => note.remove());
  };
  document.addEventListener('input', corrected, true);
  document.addEventListener('change', corrected, true);
}

// ------------------------------------------------------------------------------------ organisation choices

let organisationsRequest = null;

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** The user's own organisations and every organisation they may name, from the engine's identity (groups). */
function organisations() {
  if (!organisationsRequest) {
    const base = document.querySelector('base');
    const engine = `${base.getAttribute('engine-api')}engine/default/`;
    organisationsRequest = getJson(`${base.getAttribute('admin-api')}auth/user/default`)
      .then((user) => Promise.all([
        getJson(`${engine}group?member=${encodeURIComponent(user.userId)}&type=organisation&sortBy=id&sortOrder=asc`),
        getJson(`${engine}group?type=organisation&sortBy=id&sortOrder=asc`),
      ]))
      .then(([own, all]) => {
        const ownIds = new Set(own.map((g) => g.id));
        return { own, all: [...own, ...all.filter((g) => !ownIds.has(g.id))] };
      })
      .catch(() => {
        organisationsRequest = null;
        return { own: [], all: [] };
      });
  }
  return organisationsRequest;
}

/**
 * The viewer behind a rendered form: Tasklist keeps the instance to itself, but the viewer hands its services to
 * its components through a context (Preact keeps the rendered tree on the container).
 */
function viewerOf(container) {
  const pending = [container && container.__k];
  while (pending.length) {
    const node = pending.pop();
    if (!node) continue;
    const context = node.props && node.props.value;
    if (context && typeof context.getService === 'function') {
      try {
        return context.getService('form');
      } catch (notThere) {
        return null;
      }
    }
    if (Array.isArray(node.__k)) pending.push(...node.__k);
    else if (node.__k) pending.push(node.__k);
  }
  return null;
}

/**
 * Gives a field a value as if the user had chosen it. Through the viewer when it can be reached: a value typed
 * into a text field is committed only after a pause, and that late update would render every other field with
 * the values committed so far, losing what the user is typing there meanwhile.
 */
function setInputValue(input, value) {
  const viewer = viewerOf(input.closest('.fjs-container'));
  const key = (/-Field_([A-Za-z0-9_]+)$/.exec(input.id) || [])[1];
  try {
    const field = viewer && key && viewer.get('formFieldRegistry').getAll().find((f) => f.key === key);
    if (field) {
      viewer._update({ field, indexes: {}, value });
      return;
    }
  } catch (internalsChanged) {
    // another viewer version: fall back to the user's own way
  }
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new FocusEvent('blur'));
}

async function offerOrganisations(input, key) {
  input.dataset.djOrganisations = 'pending';
  const { own, all } = await organisations();
  const choices = OWN_ORGANISATION_FIELDS.includes(key) ? own : all;
  if (!choices.length || !input.isConnected) {
    delete input.dataset.djOrganisations;
    return;
  }
  input.dataset.djOrganisations = 'offered';
  const select = document.createElement('select');
  select.className = 'fjs-input dj-organisation-select';
  select.id = `${input.id}-organisation`;
  const label = input.closest(FIELD) && input.closest(FIELD).querySelector('.fjs-form-field-label');
  if (label) label.setAttribute('for', select.id);
  if (choices.length > 1 || input.value) {
    const none = document.createElement('option');
    none.value = '';
    none.textContent = '请选择';
    select.appendChild(none);
  }
  choices.forEach((group) => {
    const option = document.createElement('option');
    option.value = group.id;
    option.textContent = group.name || group.id;
    select.appendChild(option);
  });
  if (input.value && !choices.some((g) => g.id === input.value)) {
    const kept = document.createElement('option');
    kept.value = input.value;
    kept.textContent = input.value;
    select.appendChild(kept);
  }
  select.addEventListener('change', () => setInputValue(input, select.value));
  input.classList.add('dj-replaced');
  input.djOrganisationSelect = select;
  input.parentNode.appendChild(select);
  select.value = input.value || '';
  if (!input.value && choices.length === 1) {
    // once the viewer has settled its data, and only while nobody is typing: an update of the viewer renders
    // every field with the values it has committed, and a typed value is committed only after a pause
    setTimeout(() => {
      const form = input.closest('.fjs-container');
      if (input.value || !input.isConnected || (form && form.dataset.djTyped === 'true')) return;
      select.value = choices[0].id;
      setInputValue(input, choices[0].id);
    }, 250);
  }
}

/** The list is what the user sees: before the form is submitted, the form's value follows it. */
function keepOrganisationChoice(input) {
  const select = input.djOrganisationSelect;
  if (select && input.isConnected && input.value !== select.value) {
    setInputValue(input, select.value);
  }
}

function offerOrganisationChoices(root) {
  [...OWN_ORGANISATION_FIELDS, ...ANY_ORGANISATION_FIELDS].forEach((key) => {
    root.querySelectorAll(`input.fjs-input[id$="-Field_${key}"]`).forEach((input) => {
      if (input.dataset.djOrganisations || input.disabled || input.readOnly) return;
      offerOrganisations(input, key);
    });
  });
}

// ----------------------------------------------------------------------------------- typed data is kept

function startDialogWithData(target) {
  const modal = target && target.closest ? target.closest('.modal') : null;
  return modal && modal.dataset.djTyped === 'true' && modal.querySelector('.fjs-container') ? modal : null;
}

/** Says, where the user looks (at the bottom of the window, over the dialog), why the dialog stays open. */
function keepHint() {
  let hint = document.querySelector('body > .dj-keep-hint');
  if (!hint) {
    hint = document.createElement('p');
    hint.className = 'dj-keep-hint';
    hint.setAttribute('role', 'status');
    hint.textContent = '已填写的内容尚未提交，对话框保持打开。如要放弃，请点击“关闭”。';
    document.body.appendChild(hint);
  }
  clearTimeout(hint.djTimer);
  hint.djTimer = setTimeout(() => hint.remove(), 6000);
}

function watchDialogs() {
  const typed = (event) => {
    if (!event.isTrusted) return;
    const modal = event.target.closest && event.target.closest('.modal');
    if (modal && event.target.closest('.fjs-container')) modal.dataset.djTyped = 'true';
  };
  document.addEventListener('input', typed, true);
  document.addEventListener('change', typed, true);
  document.addEventListener('mousedown', (event) => {
    if (event.target.closest && event.target.closest('.fjs-dropdownlist-item, .flatpickr-day')) typed(event);
  }, true);
  // Escape: the dialog's own keys (the date picker, a list) have run when the key bubbles to <body>; the dialog
  // closes on the document's listener, which is not reached while typed data would be lost.
  document.body.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' && event.key !== 'Esc') return;
    const modal = startDialogWithData(document.activeElement) || startDialogWithData(document.querySelector('.modal'));
    if (!modal) return;
    event.stopPropagation();
    keepHint();
  });
  // A click beside the dialog closes it too.
  document.addEventListener('click', (event) => {
    if (!event.target.classList || !event.target.classList.contains('modal')) return;
    const modal = startDialogWithData(event.target);
    if (!modal) return;
    event.stopPropagation();
    keepHint();
  }, true);
}

// ------------------------------------------------------------------------------------------------ wiring

function refresh(root) {
  translateErrors(root);
  translatePlaceholders(root);
  localiseDatePickers(root);
  offerOrganisationChoices(root);
}

let scheduled = false;

function observe() {
  const observer = new MutationObserver((mutations) => {
    mutations.forEach((mutation) => {
      mutation.addedNodes.forEach((node) => {
        if (node.nodeType !== 1) return;
        if (node.matches('.alert-danger') && node.closest('.notifications')) onVendorAlert(node);
        else node.querySelectorAll('.notifications .alert-danger').forEach(onVendorAlert);
      });
    });
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      document.querySelectorAll('.fjs-container').forEach(refresh);
      if (!document.querySelector('.modal')) document.querySelectorAll('body > .dj-keep-hint').forEach((n) => n.remove());
    });
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

function start() {
  // before any click or key reaches the form's buttons, the form holds the organisations the lists show
  ['pointerdown', 'keydown'].forEach((type) => document.addEventListener(type, (event) => {
    if (event.target.closest && event.target.closest('.modal-footer button, .form-actions button, button[type=submit]')) {
      document.querySelectorAll('input.dj-replaced').forEach(keepOrganisationChoice);
    }
  }, true));
  // typing marks the form: nothing is filled in for the user from then on
  document.addEventListener('input', (event) => {
    const form = event.isTrusted && event.target.closest && event.target.closest('.fjs-container');
    if (form) form.dataset.djTyped = 'true';
  }, true);
  watchSubmissions();
  watchCorrections();
  watchDialogs();
  observe();
}

if (document.body) start();
else document.addEventListener('DOMContentLoaded', start);

// dangjian-workflow: what staff read in a Camunda Form, in Simplified Chinese. form-js 1.x (in Tasklist 7.24) has
// no translation of its own: its validation messages are English sentences carrying the raw rule ("Field must
// match pattern ^[0-9]{17}[0-9Xx]$."). These functions turn each into a sentence naming the field by its label and
// saying what to enter, using the field's description where the form gives one ("18位，最后一位可为X").
// Pure functions (no DOM), shared by dj-forms.js and the Node checks.

/** How a field is filled in, for the verb of "请填写/请选择". */
export const FIELD_KINDS = ['text', 'choice', 'date', 'check'];

function fill(kind) {
  if (kind === 'choice' || kind === 'date') return '请选择';
  if (kind === 'check') return '请勾选';
  return '请填写';
}

/**
 * The Chinese sentence for one English validation message of form-js.
 *
 * @param {string} message form-js's message
 * @param {{label?: string, description?: string, kind?: string}} field the field's label (without the asterisk),
 *     its description and how it is filled in
 * @returns {string} never English: an unknown message becomes a general sentence naming the field
 */
export function translateValidationMessage(message, field = {}) {
  const label = (field.label || '').trim() || '此项';
  const description = (field.description || '').trim();
  const kind = field.kind || 'text';
  const text = String(message || '').trim();
  let m;
  if (/^Field is required\.?$/.test(text)) {
    return `${fill(kind)}${label}`;
  }
  if (/^Field must match pattern /.test(text)) {
    return description ? `请按要求填写${label}：${description}` : `${label}的格式不正确，请检查`;
  }
  if ((m = /^Field must have minimum value of (.+?)\.?$/.exec(text))) {
    return `${label}不能小于 ${m[1]}`;
  }
  if ((m = /^Field must have maximum value of (.+?)\.?$/.exec(text))) {
    return `${label}不能大于 ${m[1]}`;
  }
  if ((m = /^Field must have minimum length of (\d+)\.?$/.exec(text))) {
    return `${label}至少需要 ${m[1]} 个字`;
  }
  if ((m = /^Field must have maximum length of (\d+)\.?$/.exec(text))) {
    return `${label}不能超过 ${m[1]} 个字`;
  }
  if (/^Field must be a valid +international phone number/.test(text)) {
    return `请填写有效的${label}（国际格式，如 +8613912345678）`;
  }
  if (/^Field must be a valid email/.test(text)) {
    return `请填写有效的电子邮箱地址（${label}）`;
  }
  if (/^Value is not a number\.?$/.test(text)) {
    return `${label}须为数字`;
  }
  if (/^Value is expected to be an integer\.?$/.test(text)) {
    return `${label}须为整数`;
  }
  if ((m = /^Value is expected to have at most (\d+) decimal digits?\.?$/.exec(text))) {
    return `${label}最多保留 ${m[1]} 位小数`;
  }
  if ((m = /^Please select a valid value, the two nearest valid values are (.+?) and (.+?)\.?$/.exec(text))) {
    return `${label}的数值无效，最接近的有效值为 ${m[1]} 或 ${m[2]}`;
  }
  if (/^(Date|Time) must match pattern/.test(text)) {
    return `${label}的日期或时间格式不正确`;
  }
  if (/[\u4e00-\u9fff]/.test(text) && !/[A-Za-z]{4,}/.test(text)) {
    return text; // already Chinese (ours or a later form-js translation)
  }
  return `${label}填写有误，请检查`;
}

/** Placeholders and list texts form-js writes in English, in Chinese. */
export const PLACEHOLDERS = {
  Select: '请选择',
  Search: '输入以搜索',
  'No results': '没有匹配的选项',
  'All values selected': '已全部选中',
  'hh:mm': '时:分',
  'hh:mm ?m': '时:分',
};

/** form-js's date placeholder, derived from the browser's date format ("yyyy/mm/dd"), as 年/月/日. */
export function datePlaceholder(english) {
  return String(english || '')
    .replace(/y+/gi, '年')
    .replace(/m+/gi, '月')
    .replace(/d+/gi, '日');
}

/**
 * One server problem as staff read it: the form's label instead of the field id. The server names the field for
 * integrations ("身份证号码（idCardNumber）校验位错误"); in the form the label says which field it is.
 *
 * @param {{field?: string, message?: string}} problem from the server's {@code problems}
 * @param {string} label the field's label in the form ('' when the form has no such field)
 */
export function problemSentence(problem, label) {
  const field = problem.field || '';
  let message = String(problem.message || '').trim();
  if (field) {
    const id = field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const named = new RegExp(`^([^（(]{0,30})[（(]${id}[）)]\\s*(.*)$`, 's').exec(message);
    if (named && label) {
      const rest = named[2];
      return label + (/^[0-9A-Za-z]/.test(rest) ? ' ' : '') + rest;
    }
    message = message.replace(new RegExp(`\\s*[（(]${id}[）)]`, 'g'), '');
  }
  if (label && !message.includes(label)) {
    return `${label}：${message}`;
  }
  return message;
}

/** The heading of the list of problems of one submission. */
export function problemsHeading(count, fromServer) {
  return fromServer ? `未能提交，请修改以下 ${count} 处：` : `请先填写或修改以下 ${count} 处：`;
}

/** flatpickr's Chinese locale; the week starts on Monday. */
export const FLATPICKR_ZH = {
  weekdays: {
    shorthand: ['日', '一', '二', '三', '四', '五', '六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  },
  months: {
    shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  },
  firstDayOfWeek: 1,
  ordinal: () => '',
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换 12/24 小时制',
  amPM: ['上午', '下午'],
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  time_24hr: true,
};

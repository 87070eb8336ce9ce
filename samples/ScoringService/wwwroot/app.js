// The evaluator's page: scores an uploaded file (POST /api/score?format=html) and shows the report, and shows a year's
// collection (GET /api/years/{year}/status, POST /api/years/{year}/score) with the evaluator's key. Text is set with
// textContent only; the report is shown in a sandboxed frame.
'use strict';

const $ = (id) => document.getElementById(id);
let reportUrl = null;

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function table(headers, rows) {
  const result = element('table');
  const head = result.createTHead().insertRow();
  for (const header of headers) head.appendChild(element('th', header));
  const body = result.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    if (row.className) tr.className = row.className;
    for (const cell of row.cells) tr.appendChild(element('td', cell ?? ''));
  }
  return result;
}

// A problem details answer (RFC 7807): its title and detail, and every problem with its file, sheet, cell or line, 시군 and measure.
async function showProblem(container, response) {
  container.replaceChildren();
  container.hidden = false;
  let problem = { title: `HTTP ${response.status}`, detail: '' };
  try { problem = await response.json(); } catch { /* not JSON: keep the status */ }
  container.appendChild(element('h3', `${problem.title ?? '오류'} (${response.status})`));
  if (problem.detail) container.appendChild(element('p', problem.detail));
  if (Array.isArray(problem.problems) && problem.problems.length > 0) {
    container.appendChild(table(['파일', '시트', '셀', '줄', '시군', '측정항목', '내용'],
      problem.problems.map(p => ({ cells: [p.file, p.sheet, p.cell, p.line, p.unit, p.measure, p.message] }))));
  }
}

function showReport(html) {
  if (reportUrl) URL.revokeObjectURL(reportUrl);
  reportUrl = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  $('report').src = reportUrl;
  $('report-download').href = reportUrl;
  $('unit-jump').value = 'ranking';
  $('result-section').hidden = false;
  $('result-section').scrollIntoView();
}

async function loadRubrics() {
  const response = await fetch('api/rubrics');
  const rubrics = await response.json();
  const select = $('rubric');
  for (const rubric of rubrics) {
    const option = element('option', `${rubric.title} (${rubric.name}, 만점 ${rubric.maximum}점)`);
    option.value = rubric.name;
    select.appendChild(option);
  }
  select.addEventListener('change', () => templateLinks(rubrics.find(r => r.name === select.value)));
  templateLinks(rubrics[0]);
}

function templateLinks(rubric) {
  const links = $('template-links');
  links.replaceChildren();
  if (!rubric) return;
  const add = (text, href) => { const a = element('a', text); a.href = href.replace(/^\//, ''); links.appendChild(a); };
  add('빈 양식 (XLSX)', rubric.templateXlsx);
  add('빈 양식 (CSV)', rubric.templateCsv);
  add('2016년 자료로 채운 양식 (XLSX)', `${rubric.templateXlsx}&values=2016`);
}

async function loadUnits() {
  const units = await (await fetch('api/units')).json();
  for (const unit of units) {
    const option = element('option', unit.koreanName);
    option.value = unit.code;
    $('unit-jump').appendChild(option);
  }
}

$('unit-jump').addEventListener('change', (event) => {
  if (!reportUrl) return;
  $('report').src = `${reportUrl}#${event.target.value === 'ranking' ? 'ranking' : 'unit-' + event.target.value}`;
});

$('score-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const button = $('score-button');
  const problems = $('score-problems');
  problems.hidden = true;
  button.disabled = true;
  $('score-status').textContent = '채점 중…';
  try {
    const response = await fetch('api/score?format=html', { method: 'POST', body: new FormData(event.target) });
    if (!response.ok) {
      $('score-status').textContent = '채점하지 못했습니다.';
      await showProblem(problems, response);
      return;
    }
    showReport(await response.text());
    $('score-status').textContent = '채점했습니다. 아래에 결과가 있습니다.';
  } catch (error) {
    $('score-status').textContent = `요청이 실패했습니다: ${error}`;
  } finally {
    button.disabled = false;
  }
});

function evaluatorHeaders() {
  return { Authorization: `Bearer ${$('evaluator-key').value}` };
}

const stateNames = { submitted: '제출', missing: '미제출', problems: '문제 있음' };

$('year-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const problems = $('year-problems');
  problems.hidden = true;
  $('year-table').replaceChildren();
  const response = await fetch(`api/years/${encodeURIComponent($('year').value)}/status`, { headers: evaluatorHeaders() });
  if (!response.ok) {
    $('year-summary').textContent = '';
    await showProblem(problems, response);
    return;
  }
  const status = await response.json();
  $('year-summary').textContent = `${status.year}년: 제출 ${status.submitted}개, 미제출 ${status.missing}개, 문제 있음 ${status.withProblems}개 시군`;
  $('year-table').appendChild(table(['시군', '상태', '채점에 쓰는 판', '제출 시각', '올린 횟수', '마지막 문제'],
    status.units.map(u => ({
      className: `state-${u.state}`,
      cells: [u.koreanName, stateNames[u.state] ?? u.state, u.currentVersion ?? '-', u.submittedAt ?? '-', u.uploads,
        u.problems.map(p => p.text).join(' / ')],
    }))));
});

$('year-score-button').addEventListener('click', async () => {
  const problems = $('year-problems');
  problems.hidden = true;
  const body = new FormData();
  body.append('rubric', $('rubric').value);
  body.append('samples', $('samples').value || '0');
  const response = await fetch(`api/years/${encodeURIComponent($('year').value)}/score?format=html`, { method: 'POST', headers: evaluatorHeaders(), body });
  if (!response.ok) {
    await showProblem(problems, response);
    return;
  }
  showReport(await response.text());
});

async function loadLimits() {
  const limits = await (await fetch('api/limits')).json();
  $('samples').max = String(limits.maxSamples);
  $('samples-hint').textContent = `0이면 계산하지 않습니다 (최대 ${limits.maxSamples.toLocaleString('ko-KR')}). 파일은 ${(limits.maxUploadBytes / 1048576).toLocaleString('ko-KR')} MiB까지 올릴 수 있습니다.`;
}

loadRubrics();
loadUnits();
loadLimits();

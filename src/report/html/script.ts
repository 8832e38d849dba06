import { FILTER_KEYS } from './filters.js';

/**
 * The report's only script (allowed by its hash in the CSP): the filters hide the cards that do not match, and
 * a jump from "start here" shows everything when a filter hides its target. Without it the page reads in full;
 * a report with nothing flagged has no filters to run.
 */
export const PAGE_SCRIPT = `
const keys=${JSON.stringify(FILTER_KEYS)};
const form=document.getElementById('filters');
if(form){
const cards=[...document.querySelectorAll('article.item')];
const field=(key)=>document.getElementById('f-'+key);
function apply(){
  let shown=0;
  for(const card of cards){
    const ok=keys.every((key)=>!field(key).value||card.dataset[key].split(' ').includes(field(key).value));
    card.hidden=!ok;
    if(ok)shown++;
  }
  document.getElementById('shown').textContent=String(shown);
  document.getElementById('none').hidden=shown>0;
}
function showAll(){for(const key of keys)field(key).value='';apply();}
form.hidden=false;
form.addEventListener('change',apply);
form.addEventListener('reset',(event)=>{event.preventDefault();showAll();});
for(const link of document.querySelectorAll('.start a')){
  link.addEventListener('click',()=>{if(document.querySelector(link.getAttribute('href'))?.hidden)showAll();});
}
apply();
}
`;

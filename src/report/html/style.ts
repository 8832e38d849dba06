/** The report's only stylesheet (allowed by its hash in the CSP). Phone first; wider screens get columns. */
export const PAGE_STYLE = `
:root{--ink:#1b1f24;--muted:#5b6470;--line:#dfe3e8;--paper:#fff;--bg:#f4f5f7;--accent:#3b5bdb;
--high:#b3261e;--medium:#a15c00;--low:#6b7280;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:var(--ink);background:var(--bg);line-height:1.45}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0 auto;max-width:1040px;padding:1rem .8rem 3rem}
h1{font-size:1.5rem;margin:.2rem 0 .3rem}h2{font-size:1.1rem;margin:0 0 .6rem}
a{color:var(--accent)}p{margin:.25rem 0}
.lead,.muted{color:var(--muted)}.lead{font-size:.92rem;overflow-wrap:anywhere}
section,.panel{background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:.9rem;margin:.9rem 0}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(96px,1fr));gap:.45rem;margin:.9rem 0}
.tile{background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:.45rem .65rem;font-size:.85rem;color:var(--muted)}
.tile b{display:block;font-size:1.35rem;line-height:1.2;color:var(--ink)}
.tile.sev-high b{color:var(--high)}.tile.sev-medium b{color:var(--medium)}
.start{border-left:5px solid var(--accent)}
.start ol{margin:0;padding-left:1.4rem}.start li{margin:.45rem 0;overflow-wrap:anywhere}
.start li a{font-weight:600;text-decoration:none;color:var(--ink)}.start li a:hover{text-decoration:underline}
.start .meta{display:block}
@media (max-width:719px){.start li a{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden}}
.charts{display:grid;grid-template-columns:1fr;gap:.9rem}
.chart{margin:0;min-width:0}.chart figcaption{font-weight:600;margin-bottom:.3rem}
.chart svg{display:block;width:100%;height:auto}
.chart .bar{fill:var(--accent)}.chart .baseline,.chart .tick{stroke:#98a2b3;stroke-width:1}.chart .grid{stroke:#e3e7ec;stroke-dasharray:4 4}
.chart text{fill:var(--ink);font-size:13px}.chart .axis{fill:var(--muted);font-size:12px}.chart .count{fill:var(--muted)}
.inputs summary{cursor:pointer}.inputs ul{margin:.2rem 0;padding-left:1.2rem}
.filters{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:.5rem .7rem;background:var(--paper);
border:1px solid var(--line);border-radius:10px;padding:.7rem;margin:.9rem 0}
.filters label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted);gap:.15rem;min-width:0}
.filters select{font:inherit;font-size:.95rem;color:var(--ink);padding:.3rem;border:1px solid #c4cad3;border-radius:6px;background:#fff;width:100%}
.filters .shown{grid-column:1/-1;display:flex;align-items:center;gap:.6rem;flex-wrap:wrap}
.filters button{font:inherit;padding:.3rem .7rem;border:1px solid #c4cad3;border-radius:6px;background:#fff;cursor:pointer}
.item{background:var(--paper);border:1px solid var(--line);border-left:6px solid var(--low);border-radius:10px;padding:.75rem .85rem;margin:.7rem 0;min-width:0}
.item.sev-high{border-left-color:var(--high)}.item.sev-medium{border-left-color:var(--medium)}
.item-head{display:flex;gap:.7rem;align-items:flex-start}
.item-head>div{flex:1;min-width:0}.item-head .action{flex:none;font-size:.8rem;font-weight:700;background:#eef1f5;border-radius:999px;padding:.15rem .6rem;white-space:nowrap}
.sev-high .item-head .action{background:#fbe9e7;color:var(--high)}
.prio{flex:none;font-weight:700;font-size:1.2rem;min-width:2.4rem;height:2.4rem;border-radius:50%;display:flex;align-items:center;justify-content:center;background:#eef1f5}
.sev-high .prio{background:#fbe9e7;color:var(--high)}.sev-medium .prio{background:#fff3e0;color:var(--medium)}
.tags{display:flex;flex-wrap:wrap;gap:.3rem;align-items:center}
.tag{background:#e8ecfb;color:#253a99;border-radius:999px;padding:.05rem .55rem;font-size:.82rem}
.sev{text-transform:uppercase;font-size:.7rem;font-weight:700;letter-spacing:.04em;color:var(--low)}
.sev-high>.reason-head .sev,.sev-high .tags .sev,.start .sev-high .sev{color:var(--high)}
.sev-medium>.reason-head .sev,.sev-medium .tags .sev,.start .sev-medium .sev{color:var(--medium)}
.meta,.where,.file,.facts,.rule{color:var(--muted);font-size:.84rem;overflow-wrap:anywhere}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:.6rem 0;font-size:1rem}
mark{background:#ffe08a;padding:0 .1em;border-radius:2px}
.thumbs{display:flex;gap:.4rem;flex-wrap:wrap;margin:.6rem 0}.thumb{width:120px;max-width:100%;height:auto;border-radius:8px}
.reasons{list-style:none;margin:.5rem 0 .2rem;padding:0;border-top:1px solid var(--line)}
.reason{padding:.5rem 0;border-bottom:1px solid var(--line)}.reason p{margin:0}
.reason .why{font-size:.93rem;margin:.1rem 0}
.reason .file,.reason .facts,.reason .rule{display:inline-block;margin-right:.7rem;font-size:.78rem}
.open{white-space:nowrap;font-weight:600}
.none{color:var(--muted);text-align:center;padding:1rem}
.rest table{border-collapse:collapse;width:100%}.rest td,.rest th{text-align:left;padding:.25rem .4rem;border-bottom:1px solid var(--line)}
.rest td+td,.rest th+th{text-align:right}
.notes{background:#e7f3ff;border-color:#c5e1ff}.problems{background:#fff8ec;border-color:#f5dcae}
.problems li{overflow-wrap:anywhere}
.first-view{border-left:5px solid var(--accent)}
.networks{display:grid;grid-template-columns:1fr;gap:.7rem}
.network{display:flex;gap:.7rem;align-items:flex-start;min-width:0;border-top:1px solid var(--line);padding-top:.6rem}
.network>div{flex:1;min-width:0}.network h3{font-size:1rem;margin:0 0 .2rem}.network .fact{overflow-wrap:anywhere}
.avatar{flex:none;width:72px;height:72px;border-radius:50%;object-fit:cover;background:#eef1f5}
.none-photo{display:flex;align-items:center;justify-content:center;text-align:center;font-size:.68rem;color:var(--muted);padding:.3rem}
.profile-findings{margin:.3rem 0 0;padding-left:1.1rem}.profile-findings li{margin:.2rem 0;overflow-wrap:anywhere}
.ok{color:#2e7d32}
@media (min-width:720px){.networks{grid-template-columns:1fr 1fr}}
footer{color:var(--muted);font-size:.8rem;margin-top:2rem}
@media (max-width:719px){.only-wide{display:none!important}}
@media (min-width:720px){
.only-narrow{display:none!important}
.chart .label,.chart .count{font-size:11.5px}
body{padding:1.6rem 1.4rem 3rem}h1{font-size:1.9rem}
.charts{grid-template-columns:1fr 1fr}.chart.wide{grid-column:1/-1}
.filters{grid-template-columns:repeat(5,minmax(0,1fr));position:sticky;top:0;z-index:1;box-shadow:0 2px 6px rgba(0,0,0,.06)}
.item{display:grid;grid-template-columns:minmax(0,1fr) auto;column-gap:1rem}
.item>*{grid-column:1}.item>.thumbs{grid-column:2;grid-row:1/span 4;flex-direction:column;margin:0}
}
@media print{
:root{background:#fff}body{max-width:none;padding:0}
.filters{display:none!important}
section,.panel,.item,.tile{border-color:#bbb;break-inside:avoid}
a{color:inherit;text-decoration:none}
.chart .bar{fill:#555}
}`;

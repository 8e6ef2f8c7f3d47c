/**
 * The widget's style sheet, inside its shadow root: the page's CSS cannot reach in (`:host` resets
 * everything inherited), and nothing here reaches out. Colours meet 4.5:1 in the light and the dark
 * scheme; focus is a visible two-colour ring; motion only without prefers-reduced-motion; below
 * 480 px the panel fills the screen (dvh, so the on-screen keyboard does not hide the input; the
 * composer keeps clear of the home indicator). The empty status line stays rendered (its live
 * region must exist before it speaks): only its padding collapses.
 */
export const STYLE = `
:host{all:initial!important}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
.root{--bg:#fff;--fg:#1b1b1b;--muted:#595959;--line:#767676;--soft:#eef0f3;--accent:#0b57d0;--on-accent:#fff;--err:#b3261e;--err-bg:#fdecea;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);-webkit-text-size-adjust:100%;text-size-adjust:100%}
@media (prefers-color-scheme:dark){.root{--bg:#1e1f22;--fg:#e8eaed;--muted:#b9bcc1;--line:#8d9096;--soft:#2f3136;--accent:#a8c7fa;--on-accent:#0b1d3a;--err:#f2b8b5;--err-bg:#3b1f1d}}
button{font:inherit;cursor:pointer}
:focus-visible{outline:3px solid var(--fg);outline-offset:2px}
.launcher{position:fixed;right:16px;bottom:16px;z-index:2147483000;display:inline-flex;align-items:center;gap:8px;min-height:48px;padding:0 18px;border:0;border-radius:24px;background:var(--accent);color:var(--on-accent);font-weight:600;box-shadow:0 2px 10px rgba(0,0,0,.3)}
.launcher:focus-visible{outline-offset:3px;box-shadow:0 0 0 3px var(--bg)}
.launcher svg{width:22px;height:22px;fill:currentColor}
.badge{min-width:22px;padding:0 6px;border-radius:11px;background:#b3261e;color:#fff;font-size:13px;line-height:22px;text-align:center}
.panel{position:fixed;right:16px;bottom:80px;z-index:2147483001;display:flex;flex-direction:column;width:380px;max-width:calc(100vw - 32px);height:600px;max-height:calc(100vh - 112px);max-height:calc(100dvh - 112px);background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden}
@media (prefers-reduced-motion:no-preference){.panel{animation:cb-in .18s ease-out}.dots{animation:cb-blink 1.2s infinite}}
@keyframes cb-in{from{opacity:0;transform:translateY(8px)}}
@keyframes cb-blink{50%{opacity:.4}}
@media (max-width:479.98px){.panel{inset:0;width:100%;max-width:none;height:100vh;height:100dvh;max-height:none;border:0;border-radius:0}.open .launcher{display:none}}
.head{display:flex;align-items:center;gap:6px;padding:8px 8px 8px 14px;background:var(--accent);color:var(--on-accent)}
.head :focus-visible{outline-color:var(--on-accent);outline-offset:-4px}
.title{flex:1;min-width:0;margin:0;font-size:17px;font-weight:650}
.sub{display:block;font-size:13px;font-weight:400;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.hbtn{min-height:40px;min-width:40px;padding:0 10px;border:1px solid transparent;border-radius:8px;background:transparent;color:inherit}
.hbtn.end{border-color:currentColor}
.x{font-size:24px;line-height:1}
.status{margin:0;padding:6px 14px;font-size:13px;color:var(--muted);border-bottom:1px solid var(--soft)}
.status:empty{padding:0;border-bottom:0}
.banner{display:flex;gap:8px;align-items:flex-start;margin:8px 12px 0;padding:8px 10px;border-radius:8px;background:var(--err-bg);color:var(--err)}
.banner p{flex:1;margin:0}
.banner button{border:1px solid currentColor;border-radius:6px;background:transparent;color:inherit;padding:2px 8px}
.body{position:relative;flex:1;min-height:0;display:flex;flex-direction:column}
.scroll{flex:1;min-height:0;overflow-x:hidden;overflow-y:auto;overscroll-behavior:contain;padding:12px 14px}
.log{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:8px}
.msg{max-width:85%;padding:8px 12px;border-radius:14px;overflow-wrap:anywhere;white-space:pre-wrap}
.msg.customer{align-self:flex-end;background:var(--accent);color:var(--on-accent);border-bottom-right-radius:4px}
.msg.agent{align-self:flex-start;background:var(--soft);color:var(--fg);border-bottom-left-radius:4px}
.msg.system{align-self:center;max-width:100%;padding:2px 8px;color:var(--muted);font-size:13px;text-align:center}
.who{display:block;font-size:12px;font-weight:650}
.meta{display:block;margin-top:2px;font-size:12px;text-align:right}
.meta button{min-width:24px;min-height:24px;margin-left:6px;border:1px solid currentColor;border-radius:6px;background:transparent;color:inherit;padding:0 8px}
.msg.customer :focus-visible{outline-color:var(--on-accent)}
.typing{min-height:22px;margin:0;padding:0 14px;font-size:13px;color:var(--muted)}
.composer{display:flex;gap:8px;align-items:flex-end;padding:8px 12px 12px;padding-bottom:max(12px,env(safe-area-inset-bottom));border-top:1px solid var(--soft)}
.composer .field{flex:1;min-width:0}
input,textarea{display:block;width:100%;font:inherit;font-size:16px;color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:8px 10px}
textarea{resize:vertical;min-height:44px}
.composer textarea{resize:none;height:44px;max-height:140px}
[aria-invalid=true]{border:2px solid var(--err)}
.primary{min-height:44px;padding:0 16px;border:0;border-radius:8px;background:var(--accent);color:var(--on-accent);font-weight:600}
[aria-disabled=true]{cursor:progress}
.form{display:flex;flex-direction:column;gap:12px;margin:0}
.form label{display:block;margin-bottom:4px;font-weight:600}
.opt{font-weight:400;color:var(--muted)}
.err{margin:4px 0 0;font-size:13px;color:var(--err)}
.hint{margin:4px 0 0;font-size:12px;color:var(--muted)}
p{margin:0 0 10px}
h3{margin:0 0 8px;font-size:16px}
.ended{padding:10px 14px 14px;padding-bottom:max(14px,env(safe-area-inset-bottom));border-top:1px solid var(--soft);text-align:center}
.sr{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (forced-colors:active){.launcher,.primary,.msg{border:1px solid CanvasText}}
`;

/** Puts the style into the shadow root: a constructed sheet where the browser has them (no inline style, so a page's strict CSP allows it), else a style element. */
export function adoptStyle(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = STYLE;
  root.append(style);
}

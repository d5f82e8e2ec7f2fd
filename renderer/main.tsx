// Placeholder boot, replaced by the app frame.
const root = document.getElementById('root');
if (root) root.dataset.appState = 'ready';

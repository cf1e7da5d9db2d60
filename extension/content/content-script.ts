// Placeholder: the content-script helper of issue #5 replaces this file (badges on CRM pages).
// It only marks the page so that registration can be tested.
document.documentElement.dataset.segmentaContentScript = 'placeholder';

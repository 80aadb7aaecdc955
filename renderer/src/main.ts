// Renderer entry: mounts the app.
import { mount } from 'svelte';
import App from './App.svelte';
import '@fontsource-variable/inter/wght.css';
import './theme.css';
import './styles.css';

const target = document.getElementById('app');
if (!target) throw new Error('Debrief: #app is missing from index.html');
mount(App, { target });

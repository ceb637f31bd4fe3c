/** Every document the kit draws, each in its own module; shared types and helpers in common.ts. */
export * from './common';
export { posterPage } from './poster';
export { announcementPage, type AnnouncementSubject } from './announcement';
export { shareImage } from './share';
export { storyImage } from './story';
export { bannerImage } from './banner';

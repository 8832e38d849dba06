/** How the platforms spell their own names. */
export const PLATFORM_LABEL: Readonly<Record<string, string>> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
};

export const platformLabel = (platform: string): string => PLATFORM_LABEL[platform] ?? platform;

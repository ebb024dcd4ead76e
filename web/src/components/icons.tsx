// Small line icons: each status has its own shape, so status never rests on colour alone.
import type { SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement> & { size?: number };

function Svg({ size = 16, children, ...rest }: IconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2.2}
      strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...rest}>
      {children}
    </svg>
  );
}

export const IconCheckCircle = (p: IconProps) => <Svg {...p}><circle cx="12" cy="12" r="9" /><path d="m8 12 3 3 5-6" /></Svg>;
export const IconCheckClock = (p: IconProps) => <Svg {...p}><path d="M4 13l4 4 6-8" /><circle cx="18" cy="8" r="4" /><path d="M18 6.5V8l1 1" /></Svg>;
export const IconCheck = (p: IconProps) => <Svg {...p}><path d="m5 12 4 4 10-10" /></Svg>;
export const IconPlay = (p: IconProps) => <Svg {...p}><circle cx="12" cy="12" r="9" /><path d="M10 8.5v7l5.5-3.5z" /></Svg>;
export const IconHourglass = (p: IconProps) => <Svg {...p}><path d="M7 3h10M7 21h10M8 3c0 5 8 5 8 9s-8 4-8 9M16 3c0 5-8 5-8 9s8 4 8 9" /></Svg>;
export const IconAlert = (p: IconProps) => <Svg {...p}><path d="M12 3 2 20h20z" /><path d="M12 10v4M12 17.5v.01" /></Svg>;
export const IconPause = (p: IconProps) => <Svg {...p}><rect x="6" y="5" width="4" height="14" rx="1" /><rect x="14" y="5" width="4" height="14" rx="1" /></Svg>;
export const IconStar = (p: IconProps) => <Svg {...p}><path d="m12 3 2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z" /></Svg>;
export const IconTrendUp = (p: IconProps) => <Svg {...p}><path d="m3 17 6-6 4 4 8-8" /><path d="M15 7h6v6" /></Svg>;
export const IconTrendDown = (p: IconProps) => <Svg {...p}><path d="m3 7 6 6 4-4 8 8" /><path d="M15 17h6v-6" /></Svg>;
export const IconDash = (p: IconProps) => <Svg {...p}><circle cx="12" cy="12" r="9" strokeDasharray="3 3" /><path d="M8 12h8" /></Svg>;
export const IconHome = (p: IconProps) => <Svg {...p}><path d="m3 11 9-7 9 7" /><path d="M5 10v10h14V10" /></Svg>;
export const IconTarget = (p: IconProps) => <Svg {...p}><circle cx="12" cy="12" r="9" /><circle cx="12" cy="12" r="5" /><circle cx="12" cy="12" r="1" /></Svg>;
export const IconList = (p: IconProps) => <Svg {...p}><path d="M9 6h11M9 12h11M9 18h11" /><path d="m3.5 6 1 1 2-2M3.5 12l1 1 2-2M3.5 18l1 1 2-2" /></Svg>;
export const IconFile = (p: IconProps) => <Svg {...p}><path d="M14 3H6v18h12V7z" /><path d="M14 3v4h4M9 12h6M9 16h6" /></Svg>;
export const IconTree = (p: IconProps) => <Svg {...p}><rect x="9" y="3" width="6" height="5" rx="1" /><rect x="3" y="16" width="6" height="5" rx="1" /><rect x="15" y="16" width="6" height="5" rx="1" /><path d="M12 8v4M6 16v-4h12v4" /></Svg>;
export const IconHistory = (p: IconProps) => <Svg {...p}><path d="M3 12a9 9 0 1 0 3-6.7L3 8" /><path d="M3 3v5h5M12 7v5l3 2" /></Svg>;
export const IconUser = (p: IconProps) => <Svg {...p}><circle cx="12" cy="8" r="4" /><path d="M4 21c1-4 4.5-6 8-6s7 2 8 6" /></Svg>;
export const IconReturn = (p: IconProps) => <Svg {...p}><path d="M9 14 4 9l5-5" /><path d="M4 9h10a6 6 0 0 1 0 12h-3" /></Svg>;
export const IconCalendar = (p: IconProps) => <Svg {...p}><rect x="3" y="5" width="18" height="16" rx="2" /><path d="M3 10h18M8 3v4M16 3v4" /></Svg>;
export const IconNote = (p: IconProps) => <Svg {...p}><path d="M5 4h14v16H5z" /><path d="M9 9h6M9 13h6" /></Svg>;
export const IconX = (p: IconProps) => <Svg {...p}><circle cx="12" cy="12" r="9" /><path d="m9 9 6 6M15 9l-6 6" /></Svg>;
export const IconMerge = (p: IconProps) => <Svg {...p}><path d="M6 3v6a6 6 0 0 0 6 6h6" /><path d="m15 12 3 3-3 3" /><path d="M18 3v6" /></Svg>;
export const IconEdit = (p: IconProps) => <Svg {...p}><path d="M4 20h4L19 9l-4-4L4 16z" /><path d="m13 7 4 4" /></Svg>;
export const IconSend = (p: IconProps) => <Svg {...p}><path d="M21 3 10 14" /><path d="m21 3-7 18-4-7-7-4z" /></Svg>;
export const IconScale = (p: IconProps) => <Svg {...p}><path d="M12 3v18M7 21h10M5 7h14" /><path d="m5 7-3 6a3 3 0 0 0 6 0zM19 7l-3 6a3 3 0 0 0 6 0z" /></Svg>;
export const IconDownload = (p: IconProps) => <Svg {...p}><path d="M12 4v11" /><path d="m7 10 5 5 5-5" /><path d="M4 20h16" /></Svg>;
export const IconUpload = (p: IconProps) => <Svg {...p}><path d="M12 20V9" /><path d="m7 14 5-5 5 5" /><path d="M4 4h16" /></Svg>;
/** A hall of seats: the congress (đại hội). */
export const IconCongress = (p: IconProps) => <Svg {...p}><path d="M3 10h18M5 10v9M19 10v9M12 10v9M3 19h18M12 3 3 8h18z" /></Svg>;

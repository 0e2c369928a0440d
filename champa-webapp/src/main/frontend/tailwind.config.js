import colors from 'tailwindcss/colors'

/** @type {import('tailwindcss').Config} */
export default {
  // every file that may carry class names, so the build keeps exactly the classes in use
  content: ['./index.html', './src/**/*.js'],
  theme: {
    extend: {
      // one accent colour; everything else is slate
      colors: { accent: colors.teal },
    },
  },
  plugins: [],
}
